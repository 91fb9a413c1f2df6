// Recognises roadmap skills in Python source from its syntax tree (@lezer/python: error-tolerant,
// incremental). Only syntax and resolved names count: comments, strings, docstrings and identifiers
// that merely contain a keyword (`def yield_curve`) never do.
import { parser } from '@lezer/python';
import { TreeFragment } from '@lezer/common';
import type { ChangedRange, SyntaxNode, Tree, TreeCursor } from '@lezer/common';
import { BUILTIN_CALLS, DUNDER_METHODS, MODULE_RULES } from './detectRules';
import { LineIndex } from './lines';
import type { Detection } from './detectTypes';

const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*$/;
const TEST_FILE = /(?:^|[\\/])(?:test_[^\\/]*|[^\\/]*_tests?|tests?)\.py$/i;
const EXCEPTION_BASE = /(?:^|\.)(?:[A-Za-z0-9_]*(?:Exception|Error|Warning)|BaseException)$/;

const SYNTAX: Readonly<Record<string, readonly string[]>> = {
  Decorator: ['decorators'],
  yield: ['generators'],
  WithStatement: ['context-managers'],
  ArrayComprehensionExpression: ['comprehensions'],
  DictionaryComprehensionExpression: ['comprehensions'],
  SetComprehensionExpression: ['comprehensions'],
  ComprehensionExpression: ['comprehensions'],
  LambdaExpression: ['lambdas'],
  ClassDefinition: ['oop'],
  TryStatement: ['error-handling'],
  RaiseStatement: ['error-handling'],
  TypeDef: ['type-hints'],
  TypeDefinition: ['type-hints'],
  async: ['asyncio'],
  await: ['asyncio'],
};

/** Collects detections, one per skill and line, first evidence wins. */
export class Collector {
  private readonly seen = new Map<string, Detection>();
  constructor(readonly lines: LineIndex, private readonly lineOffset = 0, private readonly cell?: number) {}

  add(skills: readonly string[] | undefined, offset: number): void {
    if (!skills) return;
    const line = this.lines.lineAt(offset);
    for (const skillId of skills) {
      const key = `${skillId}:${line}`;
      if (this.seen.has(key)) continue;
      this.seen.set(key, {
        skillId,
        line: line + this.lineOffset,
        evidence: this.lines.excerpt(line),
        ...(this.cell !== undefined ? { cell: this.cell } : {}),
      });
    }
  }

  results(): Detection[] {
    return [...this.seen.values()];
  }
}

interface Binding {
  /** The dotted name the local name stands for. */
  readonly qualified: string;
}

/** Rule keys that match a dotted name: the name itself or any of its dotted prefixes. */
function matchingRules(qualified: string): string[] {
  const keys: string[] = [];
  let end = qualified.indexOf('.');
  for (;;) {
    const prefix = end < 0 ? qualified : qualified.slice(0, end);
    if (Object.prototype.hasOwnProperty.call(MODULE_RULES, prefix)) keys.push(prefix);
    if (end < 0) return keys;
    end = qualified.indexOf('.', end + 1);
  }
}

function isPrefixOf(key: string, qualified: string): boolean {
  return qualified === key || qualified.startsWith(key + '.');
}

/** Walks one syntax tree and reports what it shows. */
class PythonWalker {
  private readonly bindings = new Map<string, Binding>();
  private readonly references: { name: string; offset: number; always?: boolean }[] = [];
  private readonly builtinCalls: { name: string; offset: number }[] = [];
  private readonly isTestFile: boolean;

  constructor(private readonly source: string, private readonly out: Collector, fileName: string | undefined) {
    this.isTestFile = fileName !== undefined && TEST_FILE.test(fileName);
  }

  walk(tree: Tree): void {
    const c = tree.cursor();
    for (;;) {
      const descend = this.visit(c);
      if (descend && c.firstChild()) continue;
      while (!c.nextSibling()) {
        if (!c.parent()) {
          this.resolve();
          return;
        }
      }
    }
  }

  private text(from: number, to: number): string {
    return this.source.slice(from, to);
  }

  /** Handles the node under the cursor; returns whether to look inside it. */
  private visit(c: TreeCursor): boolean {
    const name = c.type.name;
    const skills = SYNTAX[name];
    if (skills) this.out.add(skills, c.from);
    switch (name) {
      case 'String':
      case 'Comment':
        return false;
      case 'ImportStatement':
        this.importStatement(c.node);
        return false;
      case 'Decorator':
        this.decorator(c.node);
        return true;
      case 'FunctionDefinition':
        this.functionDefinition(c.node);
        return true;
      case 'ClassDefinition':
        this.classDefinition(c.node);
        return true;
      case 'AssignStatement':
        this.slotsAssignment(c.node);
        return true;
      case 'for':
        // `sum(x for x in xs)`: a generator expression as the only argument has no node of its own.
        if (c.node.parent?.name === 'ArgList') this.out.add(['comprehensions'], c.from);
        return false;
      case 'CallExpression': {
        const callee = c.node.firstChild;
        if (callee && callee.name === 'VariableName') {
          const id = this.text(callee.from, callee.to);
          if (Object.prototype.hasOwnProperty.call(BUILTIN_CALLS, id)) this.builtinCalls.push({ name: id, offset: c.from });
        }
        return true;
      }
      case 'MemberExpression': {
        if (c.to - c.from > 200) return true;
        const text = this.text(c.from, c.to);
        if (!DOTTED.test(text)) return true;
        this.references.push({ name: text.replace(/\s+/g, ''), offset: c.from });
        return false;
      }
      default:
        return true;
    }
  }

  /** `import a.b as c, d` and `from a.b import (c as d, e)`; relative imports are the project's own. */
  private importStatement(node: SyntaxNode): void {
    const tokens: { name: string; text: string }[] = [];
    for (let ch = node.firstChild; ch; ch = ch.nextSibling) tokens.push({ name: ch.name, text: this.text(ch.from, ch.to) });
    const imported: string[] = [];
    if (tokens[0]?.name === 'from') {
      if (tokens[1]?.name === '.') return; // relative
      let i = 1;
      const module: string[] = [];
      while (i < tokens.length && tokens[i]!.name !== 'import') {
        if (tokens[i]!.name === 'VariableName') module.push(tokens[i]!.text);
        i++;
      }
      if (!module.length) return;
      const base = module.join('.');
      let sawName = false;
      for (i++; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.name === '*') {
          imported.push(base);
          sawName = true;
        }
        if (t.name !== 'VariableName') continue;
        const qualified = `${base}.${t.text}`;
        imported.push(qualified);
        sawName = true;
        let local = t.text;
        if (tokens[i + 1]?.name === 'as' && tokens[i + 2]?.name === 'VariableName') {
          local = tokens[i + 2]!.text;
          i += 2;
        }
        this.bindings.set(local, { qualified });
      }
      if (!sawName) imported.push(base); // `from x import` still being typed
    } else {
      let parts: string[] = [];
      const flush = (alias?: string) => {
        if (!parts.length) return;
        const qualified = parts.join('.');
        imported.push(qualified);
        if (alias) this.bindings.set(alias, { qualified });
        else this.bindings.set(parts[0]!, { qualified: parts[0]! });
        parts = [];
      };
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.name === 'VariableName') parts.push(t.text);
        else if (t.name === 'as') {
          const alias = tokens[i + 1]?.name === 'VariableName' ? tokens[i + 1]!.text : undefined;
          flush(alias);
          i++;
        } else if (t.name === ',') flush();
      }
      flush();
    }
    for (const q of imported) for (const key of matchingRules(q)) this.out.add(MODULE_RULES[key], node.from);
  }

  /** `@name.attr(...)`: the decorator itself, and what its name resolves to (lru_cache, contextmanager…). */
  private decorator(node: SyntaxNode): void {
    const parts: string[] = [];
    for (let ch = node.firstChild; ch; ch = ch.nextSibling) {
      if (ch.name === 'VariableName') parts.push(this.text(ch.from, ch.to));
      else if (ch.name !== 'At' && ch.name !== '.') break;
    }
    // Decorators are few and the line is where the reader looks: report there even when the import matched.
    if (parts.length) this.references.push({ name: parts.join('.'), offset: node.from, always: true });
  }

  private functionDefinition(node: SyntaxNode): void {
    const nameNode = node.getChild('VariableName');
    if (!nameNode) return;
    const name = this.text(nameNode.from, nameNode.to);
    if (name.startsWith('__')) this.out.add(DUNDER_METHODS[name], node.from);
    if (this.isTestFile && name.startsWith('test')) this.out.add(['testing'], node.from);
    // Defining a decorator: a function that defines an inner function and returns it.
    const body = node.getChild('Body');
    if (!body) return;
    const inner = new Set<string>();
    for (let st = body.firstChild; st; st = st.nextSibling) {
      const def = st.name === 'FunctionDefinition' ? st : st.name === 'DecoratedStatement' ? st.getChild('FunctionDefinition') : null;
      const innerName = def?.getChild('VariableName');
      if (innerName) inner.add(this.text(innerName.from, innerName.to));
      else if (st.name === 'ReturnStatement' && inner.size) {
        const value = st.lastChild;
        if (value?.name === 'VariableName' && inner.has(this.text(value.from, value.to))) this.out.add(['decorators'], node.from);
      }
    }
  }

  private classDefinition(node: SyntaxNode): void {
    const args = node.getChild('ArgList');
    if (!args) return;
    for (let a = args.firstChild; a; a = a.nextSibling) {
      if (a.name === 'VariableName' || a.name === 'MemberExpression') {
        const base = this.text(a.from, a.to).replace(/\s+/g, '');
        if (a.nextSibling?.name === 'AssignOp') {
          if (base === 'metaclass') this.out.add(['metaclasses'], node.from);
          a = a.nextSibling; // skip the keyword's value
          continue;
        }
        if (base === 'type') this.out.add(['metaclasses'], node.from);
        else if (EXCEPTION_BASE.test(base)) this.out.add(['error-handling'], node.from);
      }
    }
  }

  /** `__slots__ = (...)` inside a class body. */
  private slotsAssignment(node: SyntaxNode): void {
    const target = node.firstChild;
    if (target?.name === 'VariableName' && this.text(target.from, target.to) === '__slots__') this.out.add(DUNDER_METHODS.__slots__, node.from);
  }

  /** Resolves names collected during the walk against the file's imports (which may come later). */
  private resolve(): void {
    for (const ref of this.references) {
      const dot = ref.name.indexOf('.');
      const head = dot < 0 ? ref.name : ref.name.slice(0, dot);
      const binding = this.bindings.get(head);
      if (!binding) continue;
      const qualified = binding.qualified + (dot < 0 ? '' : ref.name.slice(dot));
      for (const key of matchingRules(qualified)) {
        // Already reported at the import when the import itself matches (`import numpy`, `np.array`).
        if (ref.always || !isPrefixOf(key, binding.qualified)) this.out.add(MODULE_RULES[key], ref.offset);
      }
    }
    for (const call of this.builtinCalls) {
      if (!this.bindings.has(call.name)) this.out.add(BUILTIN_CALLS[call.name], call.offset);
    }
  }
}

/** Detects skills in one Python source (a file or a notebook cell). */
export function detectInTree(tree: Tree, source: string, out: Collector, fileName?: string): void {
  new PythonWalker(source, out, fileName).walk(tree);
}

export function parsePython(source: string, fragments?: readonly TreeFragment[]): Tree {
  return parser.parse(source, fragments);
}

/**
 * Keeps the last syntax tree of one document so the next detection re-parses only what changed.
 * Call edit() for every change in order, then detect() with the new text.
 */
export class IncrementalPythonDetector {
  private fragments: readonly TreeFragment[] = [];

  constructor(private readonly fileName?: string) {}

  /** Changes in document offsets: fromA/toA in the text before, fromB/toB in the text after. */
  edit(changes: readonly ChangedRange[]): void {
    if (!this.fragments.length || !changes.length) return;
    try {
      this.fragments = TreeFragment.applyChanges(this.fragments, changes);
    } catch {
      this.fragments = [];
    }
  }

  /** Forgets the previous tree (the next detect() parses in full). */
  reset(): void {
    this.fragments = [];
  }

  detect(source: string): Detection[] {
    try {
      const tree = parser.parse(source, this.fragments);
      this.fragments = TreeFragment.addTree(tree);
      const out = new Collector(new LineIndex(source));
      detectInTree(tree, source, out, this.fileName);
      return sortDetections(out.results());
    } catch {
      this.fragments = [];
      return [];
    }
  }
}

export function sortDetections(list: Detection[]): Detection[] {
  return list.sort((a, b) => (a.cell ?? 0) - (b.cell ?? 0) || a.line - b.line || (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0));
}
