// The README as the Marketplace shows it: taken out of the packaged VSIX (where vsce rewrote its
// relative images to the repository's raw URLs), rendered with markdown-it in a page styled like
// the Marketplace's details tab, the repository URLs served from this checkout, and screenshotted
// by headless Chromium. Fails when an image does not load. Writes shots/readme-marketplace.png
// (and .html).
//   node test/harness/readme-preview.mjs   (after npm run package)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './offline.mjs';

const require = createRequire(import.meta.url);
const yauzl = require('yauzl');
const MarkdownIt = require('markdown-it');
const { chromium } = require('playwright-core');

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${pkg.name}-${pkg.version}.vsix`);
if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package first`);

const readme = await new Promise((resolve, reject) => {
  yauzl.open(vsix, { lazyEntries: true }, (err, zip) => {
    if (err) return reject(err);
    zip.on('entry', (e) => {
      if (e.fileName !== 'extension/readme.md') return zip.readEntry();
      zip.openReadStream(e, (er, s) => {
        if (er) return reject(er);
        const parts = [];
        s.on('data', (c) => parts.push(c)).on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
      });
    });
    zip.on('end', () => reject(new Error('no readme.md in the VSIX')));
    zip.readEntry();
  });
});

const base = `${String(pkg.repository.url).replace(/\.git$/, '')}/raw/HEAD/`;
const html = `<!doctype html><meta charset="utf-8"><style>
  body { margin: 0; font: 14px/1.6 "Segoe UI", system-ui, sans-serif; color: #323130; background: #fff; }
  header { display: flex; gap: 20px; align-items: center; padding: 24px 48px; background: ${pkg.galleryBanner.color}; color: #fff; }
  header img { width: 96px; height: 96px; } header h1 { margin: 0; font-size: 28px; font-weight: 600; }
  header p { margin: 4px 0 0; opacity: .85; max-width: 760px; }
  .tabs { padding: 0 48px; border-bottom: 1px solid #e1dfdd; } .tabs span { display: inline-block; padding: 12px 0; border-bottom: 2px solid #0078d4; font-weight: 600; }
  main { max-width: 980px; padding: 8px 48px 48px; } img { max-width: 100%; } code { background: #f3f2f1; padding: 1px 4px; border-radius: 3px; }
  pre { background: #f3f2f1; padding: 12px; overflow: auto; } table { border-collapse: collapse; } td, th { border: 1px solid #e1dfdd; padding: 4px 8px; }
</style>
<header><img src="${pathToFileURL(join(root, pkg.icon))}"><div><h1>${pkg.displayName}</h1><p>${pkg.description}</p></div></header>
<div class="tabs"><span>Details</span></div>
<main>${new MarkdownIt({ html: false }).render(readme).replaceAll(base, pathToFileURL(root + '/').href)}</main>`;

const shots = join(root, 'shots');
mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const file = join(shots, 'readme-marketplace.html');
  writeFileSync(file, html);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const broken = await page.$$eval('img', (imgs) => imgs.filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
  const count = await page.$$eval('main img', (imgs) => imgs.length);
  await page.screenshot({ path: join(shots, 'readme-marketplace.png'), fullPage: true });
  console.log(`readme: ${count} images in the packaged README, ${broken.length} broken${broken.length ? `: ${broken.join(', ')}` : ''}; shots/readme-marketplace.png`);
  if (broken.length || count < 2) process.exitCode = 1;
} finally {
  await browser.close();
}
