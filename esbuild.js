// Bundles the extension (Node, CommonJS, `vscode` external). Minified with --production,
// sourcemaps otherwise; --watch rebuilds on change. As in vscode-extension-samples/esbuild-sample.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the form VS Code's $esbuild-watch problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

async function main() {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'silent',
    plugins: [problemMatcher],
  };
  const contexts = [
    await esbuild.context({
      ...common,
      entryPoints: ['src/extension.ts'],
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      outfile: 'dist/extension.js',
      external: ['vscode'],
      mainFields: ['module', 'main'], // jsonc-parser's UMD build hides its requires from the bundler
    }),
    // The webview's client: browser code, one IIFE, loaded with the CSP nonce.
    await esbuild.context({
      ...common,
      entryPoints: ['src/webview/client/main.ts'],
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      outfile: 'dist/webview.js',
    }),
  ];
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
  } else {
    await Promise.all(contexts.map((c) => c.rebuild()));
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
