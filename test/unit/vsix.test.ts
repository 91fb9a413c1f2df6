// The packaged VSIX holds what runs and nothing else: no sources, tests, maps or README images;
// every file the manifest names is inside; the README it carries points its images at the
// repository. `npm test` packages it (npm run package) before the unit tests run.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as yauzl from 'yauzl';
import { ROOT } from './fixtures';

// As VS Code reads it: each %key% replaced by its English text from package.nls.json.
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'), (_k, v) => (typeof v === 'string' && /^%[\w.-]+%$/.test(v) ? nls[v.slice(1, -1)] ?? v : v));
const vsixPath = join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
const { CHUNKS } = createRequire(__filename)(join(ROOT, 'esbuild.js')) as { CHUNKS: Record<string, string> };

/** Every entry of the zip, with its bytes. */
function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, Buffer>();
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Only what the installed extension reads at run time. */
const ALLOWED = [
  /^\[Content_Types\]\.xml$/, /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  // The manifest's strings (English and each translation) and the code's translations.
  /^extension\/package\.nls(\.[a-z]{2}(-[a-z]{2})?)?\.json$/, /^extension\/l10n\/bundle\.l10n\.[a-z]{2}(-[a-z]{2})?\.json$/,
  /^extension\/dist\/([a-z-]+\.js|roadmap\.json|exercises\.json|(roadmap|progress)\.schema\.json|webview\.css|l10n\/(roadmap|exercises)\.[a-z]{2}(-[a-z]{2})?\.json)$/,
  /^extension\/media\/(icon\.png|roadmap\.svg)$/,
  /^extension\/media\/walkthrough\/[\w-]+\.(md|png|svg|webp)$/,
];

suite('vsix: what is installed', function () {
  this.timeout(30000);
  let files: Map<string, Buffer>;

  suiteSetup(async function () {
    assert.ok(existsSync(vsixPath), `${vsixPath} is missing: npm test runs "npm run package" first`);
    files = await unzip(vsixPath);
  });

  test('holds only files that run: no sources, tests, maps, README images or node_modules', () => {
    const unexpected = [...files.keys()].filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepEqual(unexpected, []);
    for (const f of files.keys()) assert.doesNotMatch(f, /\.(ts|map)$|\/(src|test|node_modules|readme)\//, f);
  });

  test('holds every bundle esbuild writes, the roadmap the extension reads, and each chunk the activation bundle requires', () => {
    const bundles = ['extension.js', 'webview.js', 'webview.css', 'roadmap.json', 'exercises.json', 'roadmap.schema.json', 'progress.schema.json', ...Object.values(CHUNKS)].map((f) => `extension/dist/${f}`).sort();
    const overlays = readdirSync(join(ROOT, 'data', 'l10n')).map((f) => `extension/dist/l10n/${f}`);
    assert.ok(overlays.length >= 1);
    assert.deepEqual([...files.keys()].filter((f) => f.startsWith('extension/dist/')).sort(), [...bundles, ...overlays].sort());
    const main = files.get('extension/dist/extension.js')!.toString('utf8');
    for (const m of main.matchAll(/require\("\.\/([\w-]+\.js)"\)/g)) assert.ok(files.has(`extension/dist/${m[1]}`), m[1]);
    assert.doesNotMatch(main, /sourceMappingURL/, 'the packaged bundle is the production build');
    // The shipped roadmap is data/roadmap.json as it is, only without its indentation.
    const shipped = files.get('extension/dist/roadmap.json')!.toString('utf8');
    assert.deepEqual(JSON.parse(shipped), JSON.parse(readFileSync(join(ROOT, 'data', 'roadmap.json'), 'utf8')));
    assert.ok(!shipped.includes('\n  '), 'no indentation');
  });

  test('holds every file the manifest names: main, icon, view icons, walkthrough media', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8'));
    const named = [manifest.main, manifest.icon, ...manifest.contributes.viewsContainers.activitybar.map((c: { icon: string }) => c.icon)];
    for (const w of manifest.contributes.walkthroughs ?? []) {
      for (const step of w.steps) {
        const media = step.media ?? {};
        for (const m of [media.markdown, media.svg, ...(typeof media.image === 'string' ? [media.image] : Object.values(media.image ?? {}))]) if (m) named.push(m);
      }
    }
    assert.ok(named.length >= 3);
    for (const f of named) assert.ok(files.has(`extension/${String(f).replace(/^\.\//, '')}`), `${f} is named by package.json but not in the VSIX`);
  });

  test('the README inside points its images at files committed in the repository', () => {
    const readme = files.get('extension/readme.md')!.toString('utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    assert.ok(images.length >= 2, 'the README shows its screenshots');
    const base = `${String(pkg.repository.url).replace(/\.git$/, '')}/raw/HEAD/`;
    for (const url of images) {
      assert.ok(url.startsWith(base), `${url} does not point at the repository (${base})`);
      assert.ok(existsSync(join(ROOT, url.slice(base.length))), `${url}: no such file in the repository`);
    }
  });

  test('the manifest says where it works: Restricted Mode and virtual workspaces, limited and explained', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = pkg.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    assert.ok(untrustedWorkspaces.description.length > 40);
    const settings = Object.keys(pkg.contributes.configuration.properties);
    for (const key of untrustedWorkspaces.restrictedConfigurations) assert.ok(settings.includes(key), key);
    assert.equal(virtualWorkspaces.supported, 'limited');
    assert.ok(virtualWorkspaces.description.length > 40);
    assert.match(virtualWorkspaces.description, /Checking an exercise is the exception/, 'what does not work there is said');
    assert.equal(pkg.browser, pkg.main, 'one bundle for the Node and the web worker hosts');
  });
});
