// Writes data/roadmap.schema.json from the valibot schema in src/core/schema.ts and
// data/progress.schema.json from src/core/progressFile.ts (both compiled to out/), so authors of
// custom roadmaps and readers of progress exports get completion and checks in their editor.
//   node test/tools/write-schema.mjs [--check]   (--check: exit 1 if the file is out of date)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { toJsonSchema } = require('@valibot/to-json-schema');
const schemaModule = join(root, 'out', 'src', 'core', 'schema.js');
if (!existsSync(schemaModule)) {
  console.error(`${schemaModule} is missing: run "npm run compile-tests" first`);
  process.exit(1);
}
const { RoadmapSchema } = require(schemaModule);

export function generate() {
  const schema = toJsonSchema(RoadmapSchema, { errorMode: 'ignore' });
  return JSON.stringify({ ...schema, title: 'Python Roadmap data', $id: 'https://python-roadmap/roadmap.schema.json' }, null, 2) + '\n';
}

/** The progress export's schema (registered for *.roadmap-progress.json in package.json). */
export function generateProgress() {
  const { ProgressFileSchema } = require(join(root, 'out', 'src', 'core', 'progressFile.js'));
  const schema = toJsonSchema(ProgressFileSchema, { errorMode: 'ignore' });
  return JSON.stringify({ ...schema, title: 'Python Roadmap progress export', $id: 'https://python-roadmap/progress.schema.json' }, null, 2) + '\n';
}

const targets = [
  [join(root, 'data', 'roadmap.schema.json'), generate],
  [join(root, 'data', 'progress.schema.json'), generateProgress],
];
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let stale = false;
  for (const [target, make] of targets) {
    const text = make();
    const name = target.split(/[\\/]/).pop();
    if (process.argv.includes('--check')) {
      const same = existsSync(target) && readFileSync(target, 'utf8') === text;
      console.log(same ? `${name} is up to date` : `${name} is out of date: run "npm run schema"`);
      stale ||= !same;
    } else {
      writeFileSync(target, text);
      console.log(`wrote ${target}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
