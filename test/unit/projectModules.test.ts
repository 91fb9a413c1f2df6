import * as assert from 'node:assert/strict';
import { importFolders, moduleNames, MAX_LEVELS, MAX_NAMES } from '../../src/core/projectModules';

suite('project modules: what a file imports as the project\'s own', () => {
  test('its folder, each folder above it, and src at the root', () => {
    assert.deepEqual(importFolders('tests/test_db.py'), ['tests', '', 'src']);
    assert.deepEqual(importFolders('main.py'), ['', 'src']);
    assert.deepEqual(importFolders('src/pkg/mod.py'), ['src/pkg', 'src', '']);
    assert.equal(importFolders(Array.from({ length: 30 }, (_, i) => `d${i}`).join('/') + '/x.py').length, MAX_LEVELS + 1);
  });

  test('modules are .py files and packages (folders with __init__.py); other names are not', () => {
    assert.deepEqual(moduleNames([
      { name: 'sqlite_utils', folder: true, package: true },
      { name: 'docs', folder: true, package: false },
      { name: 'helpers.py', folder: false },
      { name: 'setup.py', folder: false },
      { name: '__init__.py', folder: false },
      { name: 'my-script.py', folder: false },
      { name: 'README.md', folder: false },
      { name: '__proto__.py', folder: false },
    ]), ['sqlite_utils', 'helpers', '__proto__']);
    assert.equal(moduleNames(Array.from({ length: 2000 }, (_, i) => ({ name: `m${i}.py`, folder: false }))).length, MAX_NAMES);
  });
});
