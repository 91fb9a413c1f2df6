// Loads and parses the shipped roadmap once, on first use (never at activation): dist/roadmap.json,
// which the build writes from data/roadmap.json without its indentation.
import * as fs from 'node:fs';
import vscode = require('vscode');
import { roadmapParser } from './chunks';
import type { Roadmap } from './core/roadmap';

export class RoadmapSource {
  private roadmap: Roadmap | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get(): Roadmap {
    if (!this.roadmap) {
      const file = vscode.Uri.joinPath(this.extensionUri, 'dist', 'roadmap.json').fsPath;
      // Errors (RoadmapError) name the file and the JSON path of the problem.
      this.roadmap = roadmapParser().parseRoadmapJson(fs.readFileSync(file, 'utf8'), file);
    }
    return this.roadmap;
  }
}
