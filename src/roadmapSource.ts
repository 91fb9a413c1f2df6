// Loads and parses data/roadmap.json once, on first use (never at activation).
import * as fs from 'node:fs';
import vscode = require('vscode');
import { roadmapParser } from './chunks';
import type { Roadmap } from './core/roadmap';

export class RoadmapSource {
  private roadmap: Roadmap | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get(): Roadmap {
    if (!this.roadmap) {
      const file = vscode.Uri.joinPath(this.extensionUri, 'data', 'roadmap.json').fsPath;
      // Errors (RoadmapError) name the file and the JSON path of the problem.
      this.roadmap = roadmapParser().parseRoadmapJson(fs.readFileSync(file, 'utf8'), file);
    }
    return this.roadmap;
  }
}
