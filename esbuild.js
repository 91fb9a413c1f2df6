// Bundles the extension (CommonJS, `vscode` external, one build for the Node and the web worker hosts). Minified with --production,
// sourcemaps otherwise; --watch rebuilds on change. As in vscode-extension-samples/esbuild-sample,
// plus chunks: what the tree does not need is a bundle file of its own, loaded on first use.
const path = require('node:path');
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * Source module → the bundle file it becomes. `src/chunks.ts` requires these modules lazily; in
 * every other bundle a require of one of them is left as `require('./<file>')`, resolved at run
 * time next to dist/extension.js, so its code and its libraries are not loaded at activation.
 */
const CHUNKS = {
  'src/core/detect/index.ts': 'detection.js',
  'src/core/search.ts': 'search.js',
  'src/core/validated.ts': 'validated.js',
  'src/core/scan.ts': 'scan.js',
  'src/webview/pagesChunk.ts': 'pages.js',
  'src/exercises/exercises.ts': 'exercises.js',
  'src/ownership/git.ts': 'git.js',
};

/** Leaves requires of other chunks' entry modules as run-time requires of their bundle files. */
const chunkBoundaries = (self) => ({
  name: 'chunk-boundaries',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const base = path.relative(__dirname, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
      const target = [`${base}.ts`, `${base}/index.ts`].find((t) => CHUNKS[t]);
      const file = target && CHUNKS[target];
      return file && target !== self ? { path: `./${file}`, external: true } : undefined;
    });
  },
});

/** Prints errors in the form VS Code's $esbuild-watch problem matcher reads; in watch mode one
 *  "build started" / "build finished" pair for each round of rebuilds, however many bundles. */
let building = 0;
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch && building++ === 0) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch && --building === 0) console.log('[watch] build finished');
    });
  },
};

/** Every bundle's esbuild options: dist/extension.js, one per chunk, and the webview client. */
function bundles({ production = false } = {}) {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'silent',
  };
  // One set of files for both extension hosts (package.json's main and browser): CommonJS built
  // for the browser, so no Node built-in is bundled or assumed. The one Node module used,
  // child_process for checking exercises and asking Git whose code a line is, is required inside
  // the functions that run Python or Git (in exercises.js and git.js), which the web worker never
  // calls; chunks.ts loads the chunks in either host.
  const extension = (entry, outfile) => ({
    ...common,
    entryPoints: [entry],
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    outfile,
    external: ['vscode', 'node:child_process'],
    mainFields: ['browser', 'module', 'main'], // jsonc-parser's UMD build hides its requires from the bundler
    plugins: [chunkBoundaries(entry), problemMatcher],
  });
  return [
    extension('src/extension.ts', 'dist/extension.js'),
    ...Object.entries(CHUNKS).map(([entry, file]) => extension(entry, `dist/${file}`)),
    // The webview's style sheet, minified.
    { ...common, entryPoints: ['media/webview.css'], outfile: 'dist/webview.css', plugins: [problemMatcher] },
    // The webview's client: browser code, one IIFE, loaded with the CSP nonce.
    {
      ...common,
      entryPoints: ['src/webview/client/main.ts'],
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      outfile: 'dist/webview.js',
      plugins: [problemMatcher],
    },
  ];
}

/** The data files as the extension reads them, without their indentation (a few KB less in the
 *  VSIX): dist/roadmap.json (from data/roadmap.json) and the JSON Schemas editors validate with.
 *  A data file that is not JSON is copied as it is, so the extension reports its line and column. */
function writeData() {
  const fs = require('node:fs');
  fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
  // The content translations (data/l10n/roadmap.<locale>.json, exercises.<locale>.json) go to dist/l10n/, minified alike.
  fs.mkdirSync(path.join(__dirname, 'dist', 'l10n'), { recursive: true });
  const overlays = fs.existsSync(path.join(__dirname, 'data', 'l10n'))
    ? fs.readdirSync(path.join(__dirname, 'data', 'l10n')).filter((f) => /^(roadmap|exercises)\.[a-z0-9-]+\.json$/.test(f)).map((f) => `l10n/${f}`)
    : [];
  for (const name of ['roadmap.json', 'roadmap.schema.json', 'progress.schema.json', ...overlays]) {
    const text = fs.readFileSync(path.join(__dirname, 'data', name), 'utf8');
    let out = text;
    try {
      out = JSON.stringify(JSON.parse(text));
    } catch {
      /* reported by the extension, which parses it with positions */
    }
    fs.writeFileSync(path.join(__dirname, 'dist', name), out);
  }
  writeExercises(fs);
  // The Marketplace's README (npm run package: vsce --readme-path): README.md for people who install
  // the extension, without the sections for people who build it (from "## Two commands" on).
  const readme = fs.readFileSync(path.join(__dirname, 'README.md'), 'utf8');
  const cut = readme.indexOf('\n## Two commands for a fresh machine');
  const forUsers = cut < 0 ? readme : `${readme.slice(0, cut).trimEnd()}\n\n## Building it yourself\n\nThe repository's README says how to run and test it from a clone.\n`;
  fs.writeFileSync(path.join(__dirname, 'dist', 'README.md'), forUsers);
}

/** data/exercises/<id>/ (exercise.json, statement.md, the starter, test and support files, and
 *  solution/) and runner.py, as one file: dist/exercises.json. Checked when read (core/exercises). */
function writeExercises(fs) {
  const dir = path.join(__dirname, 'data', 'exercises');
  if (!fs.existsSync(dir)) return;
  const read = (...p) => fs.readFileSync(path.join(dir, ...p), 'utf8');
  const exercises = [];
  for (const id of fs.readdirSync(dir).sort()) {
    if (!fs.existsSync(path.join(dir, id, 'exercise.json'))) continue;
    const meta = JSON.parse(read(id, 'exercise.json'));
    const files = {};
    for (const f of [...(meta.starter ?? []), ...(meta.tests ?? []), ...(meta.support ?? [])]) if (fs.existsSync(path.join(dir, id, f))) files[f] = read(id, f);
    const solution = {};
    for (const f of meta.starter ?? []) if (fs.existsSync(path.join(dir, id, 'solution', f))) solution[f] = read(id, 'solution', f);
    const variantFiles = {};
    for (const v of meta.variants ?? []) if (fs.existsSync(path.join(dir, id, 'variants', v.file))) variantFiles[v.file] = read(id, 'variants', v.file);
    exercises.push({ ...meta, statement: read(id, 'statement.md'), files, solution, ...(meta.variants ? { variantFiles } : {}) });
  }
  fs.writeFileSync(path.join(__dirname, 'dist', 'exercises.json'), JSON.stringify({ runner: read('runner.py'), exercises }));
}

async function main() {
  // A fresh dist/: a bundle file left from a chunk that was renamed would ship in the VSIX.
  require('node:fs').rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });
  writeData();
  if (watch) require('node:fs').watchFile(path.join(__dirname, 'data', 'roadmap.json'), { interval: 500 }, writeData);
  const contexts = await Promise.all(bundles({ production }).map((o) => esbuild.context({ ...o, absWorkingDir: __dirname })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
  } else {
    const results = await Promise.all(contexts.map((c) => c.rebuild().catch((e) => e)));
    await Promise.all(contexts.map((c) => c.dispose()));
    if (results.some((r) => r instanceof Error || r.errors?.length)) process.exit(1);
  }
}

module.exports = { CHUNKS, bundles };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
