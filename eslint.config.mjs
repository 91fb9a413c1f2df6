import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      // `import vscode = require('vscode')`: a plain require in the bundle. `import * as vscode`
      // makes esbuild copy the whole API object once per importing module (~4 ms at activation).
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^vscode$'] }],
    },
  },
  {
    // Chunks (esbuild.js CHUNKS) are loaded on first use through src/chunks.ts; a value import
    // anywhere else would load them at activation.
    files: ['src/**/*.ts'],
    ignores: ['src/chunks.ts', 'src/core/**', 'src/commands/portfolio.ts', 'src/commands/teamFeature.ts', 'src/commands/exchange.ts', 'src/commands/report.ts', 'src/webview/pagesChunk.ts', 'src/exercises/exercises.ts', 'src/exercises/python.ts', 'src/ownership/git.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          // The chunks' entries and the modules only they use; core/detect/fileKind (no parser) is free.
          regex: '(^|/)core/(detect(/(index|python|notebook|project|rules))?|search|parseRoadmap|scan|progressFile|validated|report|pages|team|exercises)$|(^|/)commands/(portfolio|teamFeature|exchange|report)$|(^|/)webview/pagesChunk$|(^|/)exercises/(exercises|python)$|(^|/)ownership/git$',
          allowTypeImports: true,
          message: 'This module is a chunk loaded on first use: import its types only, and its values through src/chunks.ts.',
        }],
      }],
    },
  },
  {
    // Words the user reads go through l10n (vscode.l10n.t on the host, @vscode/l10n in the core and
    // the webview), so a translation can reach them; the pseudo-locale run finds what is shown,
    // this finds the rest (messages, quick picks, inputs) in the source.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        {
          selector: 'CallExpression[callee.property.name=/^show(Information|Warning|Error)Message$/] > .arguments:first-child:matches(Literal, TemplateLiteral)',
          message: 'A message the user reads: pass it through vscode.l10n.t.',
        },
        {
          selector: 'Property[key.name=/^(label|title|tooltip|placeHolder|placeholder|prompt|detail|description|openLabel|saveLabel|message)$/] > Literal.value[value=/[A-Za-z]{2,}[ .,:;!?]+[A-Za-z]{2,}/]',
          message: 'Text the user reads: pass it through l10n.t.',
        },
        {
          selector: 'Property[key.name=/^(label|title|tooltip|placeHolder|placeholder|prompt|detail|description|openLabel|saveLabel|message)$/] > TemplateLiteral.value > TemplateElement[value.raw=/[A-Za-z]{3,} [A-Za-z]{3,}/]',
          message: 'Text the user reads: pass it through l10n.t (with {0} placeholders).',
        },
      ],
    },
  },
  {
    // The core is plain TypeScript: unit-tested in Node, reusable outside VS Code.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must not depend on vscode: keep it pure.' }],
        patterns: [{ group: ['**/extension', '**/state/**', '**/tree/**', '**/webview/**', '**/commands/**', '**/coding/**', '**/ownership/**'], message: 'src/core must not import editor-side modules.' }],
      }],
    },
  },
  {
    // Detection modules without the parser: importing Lezer (or a module that does) here would pull
    // the parser into whatever loads them (fileKind.ts is in the activation bundle).
    files: ['src/core/detect/fileKind.ts', 'src/core/detect/project.ts', 'src/core/detect/rules.ts', 'src/core/detect/lines.ts', 'src/core/detect/collector.ts', 'src/core/detect/types.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must not depend on vscode: keep it pure.' }],
        patterns: [{ regex: '^(@lezer/.*|\\./(python|notebook|index)|\\.|\\./)$', message: 'This detection module is parser-free: it must not import Lezer or the modules that use it.' }],
      }],
    },
  },
);
