// Writes data/roadmap.schema.json from the valibot schema in src/core/schema.ts (compiled to out/),
// so authors of custom roadmaps get completion and checks in their editor.
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

const target = join(root, 'data', 'roadmap.schema.json');
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generate();
  if (process.argv.includes('--check')) {
    const same = existsSync(target) && readFileSync(target, 'utf8') === text;
    console.log(same ? 'roadmap.schema.json is up to date' : 'roadmap.schema.json is out of date: run "npm run schema"');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
