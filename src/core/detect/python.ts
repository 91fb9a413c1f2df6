// Recognises roadmap skills in Python source from its syntax tree (@lezer/python: error-tolerant,
// incremental). Only syntax and resolved names count: comments, strings, docstrings and identifiers
// that merely contain a keyword (`def yield_curve`) never do.
import * as l10n from '@vscode/l10n';
import { parser } from '@lezer/python';
import { NodeWeakMap, TreeFragment } from '@lezer/common';
import type { ChangedRange, SyntaxNode, Tree, TreeCursor } from '@lezer/common';
import { BUILTIN_CALLS, DUNDER_METHODS, MODULE_RULES } from './rules';
import { LineIndex } from './lines';
import { Collector, sortDetections } from './collector';
import type { Detection } from './types';
import { detectPythonFileName } from './project';

/** Pseudo-skills the walk records and the replay turns into a skill when they meet (never reported). */
const FACT_WEAK_IDIOM = '#idiom:';
/** One decision of the file's own (an `if`, `elif`, `for` or `while`); two of them are control flow. */
const FACT_CONTROL = '#control';
/** `async` and `await` in the file: two awaits or more (coroutines awaiting others) are asyncio. */
const FACT_ASYNC = '#async';
const FACT_AWAIT = '#await';
const MIN_AWAITS = 2;
/** A loop, and a loop that accumulates a value (`total += x`). Guards alone (`if not user: raise`)
 *  are not the control flow the standard means: it takes a loop. */
const FACT_LOOP = '#loop';
const FACT_ACCUMULATE = '#accumulate';
/** A `X | Y` union in an annotation, and `from __future__ import annotations` (which lets older releases read it). */
const FACT_UNION = '#union';
const FACT_FUTURE_ANNOTATIONS = '#future-annotations';
/** A name given a dict or set (`#ds-def:dict:NAME`), and that name looked up by a computed key,
 *  tested with `in`, or filled (`#ds-use:NAME`): together, a built-in structure chosen for a job. */
/** Methods that read or write files, whatever the object: pathlib's, pandas' and Spark's readers and writers. */
const FILE_METHODS: ReadonlySet<string> = new Set(['read_text', 'write_text', 'read_bytes', 'write_bytes', 'iterdir', 'rglob', 'read_csv', 'to_csv', 'read_parquet', 'to_parquet', 'read_excel', 'to_excel', 'read_json', 'read_feather', 'to_feather', 'read_pickle', 'to_pickle', 'csv', 'parquet', 'textFile', 'saveAsTextFile']);
/** Queries and sessions of an ORM, whatever it was imported as: Django's managers, Flask-SQLAlchemy's
 *  `Model.query`, a SQLAlchemy or SQLModel session, tables created from the models. A `session.get`
 *  may be an HTTP session's, so it is not among them. */
const ORM_CALL = /(?:^|\.)(?:[A-Z]\w*|model|_default_manager)\.objects\.(?:filter|get|all|create|get_or_create|update_or_create|exclude|order_by|annotate|aggregate|values|values_list|select_related|prefetch_related|bulk_create|bulk_update|in_bulk|raw)$|(?:^|\.)[A-Z]\w*\.query\.(?:filter_by|filter|get_or_404|first_or_404|order_by|join|paginate)$|(?:^|\.)(?:db\.)?session\.(?:add|add_all|commit|delete|query|scalars|flush|refresh|rollback|merge|exec)$|(?:^|\.)(?:create_all|drop_all)$/;
/** An HTTP route, and signs that the file speaks JSON (responses, status codes, request models,
 *  a client reading `.json()`). */
const AUTH_CALLS: ReadonlySet<string> = new Set(['check_password', 'verify_password', 'set_password', 'hash_password', 'login_user', 'logout_user', 'authenticate', 'has_perm', 'has_perms', 'has_required_scope', 'check_password_hash', 'generate_password_hash', 'create_access_token', 'decode_token', 'verify_token']);
/** Header names of HTTP caching (ETag, conditional requests, Cache-Control). */
const CACHE_HEADERS = /^[rbu]?['"](?:etag|if-none-match|if-modified-since|cache-control|last-modified)['"]$/i;
/** A main guard, and an environment variable read: a program configured from outside. */
const FACT_MAIN = '#main';
/** Modules that do a chore's work: run programs, fetch or upload, send mail, drive other apps. */
const FACT_CHORE = '#chore';
const CHORE_MODULES: ReadonlySet<string> = new Set(['subprocess', 'requests', 'urllib', 'httpx', 'boto3', 'smtplib', 'win32com', 'pytube', 'yt_dlp', 'ftplib', 'paramiko', 'fabric', 'openpyxl', 'pypandoc', 'selenium', 'pyautogui', 'shutil', 'zipfile', 'tarfile', 'pycurl', 'wget', 'pysftp', 'dropbox', 'google']);
/** A statement at module level that calls something: code that runs when the file runs. */
const FACT_TOP_CALL = '#top-call';
const FACT_CLASS = '#class';
const FACT_ENV = '#env';
const FACT_ROUTE = '#route';
const FACT_JSON = '#json';
/** A JSON response made in this file (or mocked), a JSON error with its status, a test's client calls. */
const FACT_SERVES_JSON = '#serves-json';
const FACT_JSON_ERROR = '#json-error';
/** `HTTPException(status_code=…)`: JSON when FastAPI's (Starlette's own answers in plain text). */
const FACT_HTTP_EXCEPTION = '#http-exception';
const FACT_READS_JSON = '#reads-json';
const FACT_SENDS_JSON = '#sends-json';
const JSON_CALLS: ReadonlySet<string> = new Set(['jsonify', 'JSONResponse', 'JsonResponse', 'ORJSONResponse', 'UJSONResponse', 'HTTPException', 'json_response']);
const JSON_KEYWORDS = /\b(?:response_model|status_code|json)\s*=(?!=)/;
const FACT_DS_DEF = '#ds-def:';
/** Functions that are factories by name: an application factory, or `…_factory`. */
/** Names of functions that choose something: a factory when they return one of several classes. */
const CHOOSER_NAME = /^_?(?:get|make|create|build|load|new|choose|select|pick|resolve|from)_?[A-Za-z0-9_]*$/;
const RETURNED_CLASS = /\breturn\s+([A-Z][A-Za-z0-9_]*)\s*\(/g;
/** At least two different classes returned (responses and errors are not a choice of implementation). */
function factoryReturns(text: string): boolean {
  const classes = new Set<string>();
  for (const m of text.matchAll(RETURNED_CLASS)) if (!/(?:Response|Redirect|Error|Exception|Warning|Result)$/.test(m[1]!)) classes.add(m[1]!);
  return classes.size >= 2;
}
const FACTORY_NAME = /^(?:create|make|build|init)_app$|^\w+_factory$|^factory$/;
/** Keyword arguments that protect a cookie or a deserialisation (the standard's secure settings). */
const SECURE_KEYWORDS = /\b(?:httponly|samesite)\s*=|\bweights_only\s*=\s*True\b|\b(?:enforce_ssl|block_public_access|server_side_encryption|encryption_key|storage_encrypted)\s*=|\bencryption\s*=\s*[\w.]*(?:KMS|Encryption|_MANAGED)\b/;
/** Environment variables that hold secrets, by name. */
const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_KEY|CREDENTIAL/i;
const FACT_DS_USE = '#ds-use:';
const FACT_DS_WRITE = '#ds-write:';
const DICT_VALUES: ReadonlySet<string> = new Set(['DictionaryExpression', 'DictionaryComprehensionExpression']);
const SET_VALUES: ReadonlySet<string> = new Set(['SetExpression', 'SetComprehensionExpression']);
/** Keys that name a field (a record) rather than look something up. */
const LITERAL_KEYS: ReadonlySet<string> = new Set(['String', 'Number', 'FormatString', 'Boolean', 'None', 'SliceExpression', 'UnaryExpression']);
/** Folder names that are no package of the project's (`src/`, `tests/`…). */
const COMMON_FOLDERS: ReadonlySet<string> = new Set(['src', 'lib', 'tests', 'test', 'testing', 'docs', 'examples', 'example', 'scripts', 'app', 'apps', 'backend', 'frontend', 'notebooks']);
const LOOPS: ReadonlySet<string> = new Set(['ForStatement', 'WhileStatement']);
const BRANCHES: ReadonlySet<string> = new Set(['IfStatement']);
/** Context managers that assert or stand in rather than hold a resource. */
const NOT_A_RESOURCE = /^(?:pytest\.(?:raises|warns|deprecated_call)|self\.assert\w+|(?:mock\.|unittest\.mock\.)?patch(?:\.\w+)?|raises|warns|suppress|contextlib\.suppress)$/;
/** Decorators that change what a function or class does (the standard: @property, @classmethod,
 *  @functools.cache, @contextmanager…), by the last part of their name. A framework's route,
 *  fixture or registration decorators show the framework, not this skill. */
const BEHAVIOUR_DECORATORS = new Set(['property', 'classmethod', 'staticmethod', 'cached_property', 'cache', 'lru_cache', 'wraps', 'singledispatch', 'singledispatchmethod', 'total_ordering', 'contextmanager', 'asynccontextmanager', 'abstractmethod', 'setter', 'getter', 'deleter']);
const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*$/;
/** Skills a test exercises in the code it tests rather than practises itself. */
const EXERCISED_IN_TESTS: ReadonlySet<string> = new Set(['authentication', 'security', 'caching']);
/** What a test does to exercise the code rather than practise a skill (the standard): errors raised
 *  on purpose for the code under test to meet (a handler in a test still handles), logs captured, a
 *  framework's helpers imported to call the app. */
function exercisedInTest(d: Detection): boolean {
  if (EXERCISED_IN_TESTS.has(d.skillId)) return true;
  const reason = d.reason ?? '';
  if (d.skillId === 'error-handling') return reason === l10n.t('`raise` with a message') || reason === l10n.t('an exception class');
  return (d.skillId === 'logging' || d.skillId === 'flask') && reason.startsWith(l10n.t('imports `{0}`', '\0').split('\0')[0]!);
}
const TEST_FILE = /(?:^|[\\/])(?:test_[^\\/]*|[^\\/]*_tests?|tests?)\.py$/i;
const EXCEPTION_BASE = /(?:^|\.)(?:[A-Za-z0-9_]*(?:Exception|Error|Warning)|BaseException)$/;

const SYNTAX: Readonly<Record<string, readonly string[]>> = {

  ArrayComprehensionExpression: ['comprehensions'],
  DictionaryComprehensionExpression: ['comprehensions'],
  SetComprehensionExpression: ['comprehensions'],
  ComprehensionExpression: ['comprehensions'],
  LambdaExpression: ['lambda-functions'],
  TypeDef: ['type-hints'],
  TypeDefinition: ['type-hints', 'modern-python'],
  // Counted in the file (replay): an `async def` alone, or one `await`, is no concurrent I/O.
  async: [FACT_ASYNC],
  await: [FACT_AWAIT],
  NamedExpression: ['pythonic-idioms'],
  // Weak on their own: one f-string in a file of index loops is no idiom (the standard); two kinds are.
  FormatString: [FACT_WEAK_IDIOM + 'fstring'],
  MatchStatement: ['modern-python'],
  TypeParamList: ['modern-python', 'type-hints'],
};

/** Weak idioms by kind, as reasons (in the display language: read when used). */
const WEAK_IDIOM_REASONS = (): Readonly<Record<string, string>> => ({
  fstring: l10n.t('an f-string'),
  setdefault: l10n.t('`dict.setdefault()`'),
  get: l10n.t('`dict.get()` with a default'),
  unpack: l10n.t('unpacking in a `for` loop'),
});

/** What each piece of syntax is called when it is the reason a skill was seen. */
/** In the display language, so read once the chunk's strings are set (src/chunks.ts), not at load. */
const syntaxReason = (): Readonly<Record<string, string>> => ({
  WithStatement: l10n.t('a `with` block'),
  ArrayComprehensionExpression: l10n.t('a list comprehension'),
  DictionaryComprehensionExpression: l10n.t('a dict comprehension'),
  SetComprehensionExpression: l10n.t('a set comprehension'),
  ComprehensionExpression: l10n.t('a generator expression'),
  LambdaExpression: l10n.t('a lambda'),
  TypeDef: l10n.t('a type annotation'),
  TypeDefinition: l10n.t('a `type` alias'),
  async: l10n.t('`async`'),
  await: l10n.t('`await`'),
  NamedExpression: l10n.t('the walrus operator `:=`'),
  FormatString: l10n.t('an f-string'),
  MatchStatement: l10n.t('`match`/`case`'),
  TypeParamList: l10n.t('type parameters (PEP 695)'),
});

/** Decorator names (the last part) of HTTP routes, when their first argument is a path: `@app.get("/")`. */
const ROUTE_DECORATORS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'route', 'api_route', 'websocket', 'view']);
/** A function decorated so that its `yield` hands over a resource: setup and teardown, not a generator. */
const SETUP_TEARDOWN = /(?:^|\.)(?:contextmanager|asynccontextmanager|fixture|yield_fixture)$/;
/** Module-level settings (Django's, and dictConfig) whose assignment shows a skill. */
const SETTINGS: Readonly<Record<string, readonly string[]>> = {
  CACHES: ['caching'],
  CACHE_MIDDLEWARE_SECONDS: ['caching'],
  LOGGING: ['logging'],
  INSTALLED_APPS: ['django'],
  MIDDLEWARE: ['django'],
  ROOT_URLCONF: ['django'],
  DATABASES: ['django'],
  AUTHENTICATION_BACKENDS: ['authentication'],
  AUTH_PASSWORD_VALIDATORS: ['authentication', 'security'],
  PASSWORD_HASHERS: ['authentication', 'security'],
  LOGIN_URL: ['authentication'],
  SECURE_SSL_REDIRECT: ['security'],
  SECURE_HSTS_SECONDS: ['security'],
  SECURE_PROXY_SSL_HEADER: ['security'],
  SECURE_CONTENT_TYPE_NOSNIFF: ['security'],
  SECURE_REFERRER_POLICY: ['security'],
  SESSION_COOKIE_SECURE: ['security'],
  CSRF_COOKIE_SECURE: ['security'],
  CSRF_TRUSTED_ORIGINS: ['security'],
  X_FRAME_OPTIONS: ['security'],
  SECURE_HSTS_INCLUDE_SUBDOMAINS: ['security'],
  SECURE_BROWSER_XSS_FILTER: ['security'],
  SESSION_COOKIE_HTTPONLY: ['security'],
  SESSION_COOKIE_SAMESITE: ['security'],
  CSRF_COOKIE_HTTPONLY: ['security'],
  REMEMBER_COOKIE_SECURE: ['security'],
  REMEMBER_COOKIE_HTTPONLY: ['security'],
  SSL_REDIRECT: ['security'],
  CELERY_BROKER_URL: ['system-design'],
};
/** A docstring of substance: sections, parameters or examples (Google, NumPy, Sphinx styles). */
const DOC_SECTIONS = /^[ \t]*(?:Args|Arguments|Parameters|Params|Returns?|Yields?|Raises|Examples?|Notes?|Attributes|See Also|Warnings?)[ \t]*:?[ \t]*\r?$|^[ \t]*:(?:param|returns?|raises?|type|rtype)\b|^[ \t]*>>> /m;
/** A line of a header filled in rather than written: who, when, where, under which licence. */
const DOC_METADATA = /^(?:@(?:authors?|date|file|version|contact|e-?mail|created|licen[cs]e|copyright)\b|:?(?:authors?|maintainers?|e-?mail|url|homepage|copyright|licen[cs]e|version|date|created|modified|file(?:name)?|contact|status|credits)\s*:|(?:created|modified|last modified|written) (?:on|by)\b|copyright\b|\(c\)|©|spdx-license-identifier\b|all rights reserved|licensed under\b|see license\b)/i;
const USE_INCIDENTAL = 'incidental';
/** Keys of a notebook's name uses (`notebookNameUses`) for names used only incidentally. */
export const INCIDENTAL_PREFIX = '\0';
/** Attributes of NumPy that draw random inputs or size a shape: used, but no work with arrays. */
/** Attributes that draw random inputs or size a shape (NumPy) or only configure (Matplotlib, pandas
 *  and NumPy's display options): used, but no work with arrays, frames or charts. */
const INCIDENTAL_ATTRIBUTES = new Set(['random', 'prod', 'rc', 'rcParams', 'rcdefaults', 'style', 'use', 'switch_backend', 'ion', 'ioff', 'set_option', 'options', 'set_printoptions', 'seterr']);
/** `.random`, `.rc`… after a name (a notebook's lines are read as text). */
export const INCIDENTAL_ATTRIBUTE = new RegExp(`^\\s*\\.\\s*(?:${[...INCIDENTAL_ATTRIBUTES].join('|')})\\b`);
/** Names of pandas' and seaborn's drawing calls, seen in a notebook: charts drawn with Matplotlib underneath. */
const CHART_CALLS = ['plot', 'hist', 'scatter', 'boxplot', 'barplot', 'lineplot', 'heatmap'];
const VALUE_FOR_ANOTHER_LIBRARY = /(?:^|\.)(?:[A-Z]\w*|fromarray|from_numpy|as_tensor|tensor|constant|convert_to_tensor)$/;
const BASE_OF_RECORDS = /(?:^|\.)(?:TypedDict|NamedTuple|Protocol)$/;
/** Enumerations: a set of constants, not object-oriented design. */
const BASE_OF_ENUMS = /(?:^|\.)(?:Enum|IntEnum|StrEnum|Flag|IntFlag|TextChoices|IntegerChoices|Choices)$/;
const MIGRATION_FILE = /(?:^|[\\/])migrations[\\/][^\\/]+\.py$/;

/**
 * What a walk of one statement found, with offsets relative to the statement's start. Cached per
 * syntax node (NodeWeakMap): a statement the incremental parser reuses is not walked again.
 */
class Event {
  constructor(
    readonly kind: Kind,
    /** Offset relative to the start of the statement that holds the list. */
    readonly at: number,
    readonly skills: readonly string[] | null = null,
    /** ref / call / use: the name; bind: the local name; import: the local name the import binds. */
    readonly name = '',
    /** bind: the qualified name; ref: 'always' when reported even if its import matched. */
    readonly value = '',
    /** sub: a nested statement's events. */
    readonly events: readonly Event[] | null = null,
  ) {}
}

const enum Kind { Add, Ref, Call, Bind, Sub, Import, Use }

/**
 * Attribute names that can make a reference match a rule deeper than its import
 * (`functools` + `.lru_cache`, `concurrent` + `.futures`): other `x.attr` references are not kept.
 */
const RULE_ATTRIBUTES: ReadonlySet<string> = new Set(Object.keys(MODULE_RULES).flatMap((k) => k.split('.').slice(1)));

export type StatementCache = NodeWeakMap<readonly Event[]>;

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

/** Per node type id: whether its walks are cached, which skills its syntax shows, whether to visit it. */
const TYPES = parser.nodeSet.types;
const CACHED_TYPE: readonly boolean[] = TYPES.map((t) => /(Statement|Definition)$/.test(t.name));
const SYNTAX_OF: readonly (readonly string[] | undefined)[] = TYPES.map((t) => (Object.prototype.hasOwnProperty.call(SYNTAX, t.name) ? SYNTAX[t.name] : undefined));
let reasonOf: readonly string[] | undefined;
const REASON_OF = (): readonly string[] => (reasonOf ??= ((r) => TYPES.map((t) => r[t.name] ?? ''))(syntaxReason()));
const HANDLED = new Set(['async', 'RaiseStatement', 'BinaryExpression', 'TypeDef', 'String', 'Comment', 'ImportStatement', 'Decorator', 'FunctionDefinition', 'ClassDefinition', 'AssignStatement', 'for', 'CallExpression', 'MemberExpression', 'IfStatement', 'ExpressionStatement', 'TryStatement', 'ForStatement', 'WhileStatement', 'WithStatement']);
const HANDLED_TYPE: readonly boolean[] = TYPES.map((t) => HANDLED.has(t.name));
const VARIABLE_NAME = TYPES.find((t) => t.name === 'VariableName')!.id;

interface Frame {
  readonly start: number;
  readonly depth: number;
  readonly events: Event[];
  /** Names this statement uses, each told once (Use events). */
  /** Names this statement uses; true where only incidentally (see `incidental`). */
  used?: Map<string, boolean>;
}

/** Nodes walked between two chances to pause. */
const WALK_STEP = 2048;
/** A tree deeper or larger than this is not kept for the next, incremental parse: real code is
 *  under 100 deep and ~160 nodes a KB, while 300 KB of `a.a.a…` is 150,000 deep and holds 50 MB. */
export const KEEP_TREE = { depth: 500, nodes: 400_000 } as const;

/** The longest statement read (characters): the parser builds a statement's tree in one step it
 *  cannot pause, ~0.35 ms a KB for the worst shapes (`a.a.a…`, `----x`), so longer ones are left. */
export const MAX_STATEMENT = 100_000;

/** The most Python read from one file or cell: the parser's steps grow with the text (2 MB of
 *  crafted lines under the caps below held the host ~90 ms in one step, 300 KB under 30 ms), and
 *  of 2,051 files in CPython's library and Debian's Python packages one is larger (a data table). */
export const MAX_PYTHON = 500_000;

/** The deepest brackets and the longest operator chain read: the parser builds the tree of such
 *  expressions in a last step it cannot pause (2 MB of `a.a.a…` lines 1,000 deep held its host for
 *  0.8 s in one step; at these limits, at most ~60 ms), while real code stays far below them
 *  (CPython's library and Debian's Python packages, 2,051 files: 7 and 29). */
export const MAX_NESTING = 40;
export const MAX_CHAIN = 100;

export interface TextShape {
  /** The longest logical line: a statement with its bracketed continuation lines, backslash
   *  continuations and multi-line strings. An unclosed bracket or string runs to the end. */
  readonly longestStatement: number;
  /** The deepest bracket nesting. */
  readonly deepestBrackets: number;
  /** The most operators in a row (`.`, `+`, `not`, …) with no bracket, comma or colon between. */
  readonly longestChain: number;
}

const WORD_OPERATORS = new Set(['not', 'and', 'or', 'if', 'else', 'in', 'is', 'await', 'lambda']);
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c > 127;
/** . + - * / % @ & | ^ ~ < > = ! */
const OPERATOR = new Set([46, 43, 45, 42, 47, 37, 64, 38, 124, 94, 126, 60, 62, 61, 33]);

/** One linear pass that knows only strings, comments, brackets, words and operators. */
export function textShape(source: string): TextShape {
  const n = source.length;
  let depth = 0;
  let deepest = 0;
  let start = 0;
  let longest = 0;
  let chain = 0;
  let longestChain = 0;
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 35 /* # */) {
      const eol = source.indexOf('\n', i);
      i = eol < 0 ? n : eol;
      continue;
    }
    if (c === 39 || c === 34 /* ' " */) {
      const q = source[i]!;
      if (source.startsWith(q + q + q, i)) {
        const end = source.indexOf(q + q + q, i + 3);
        i = end < 0 ? n : end + 3;
        continue;
      }
      i++;
      while (i < n) {
        const d = source.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 10) break;
        else if (source[i] === q) { i++; break; }
        else i++;
      }
      continue;
    }
    if (isWordChar(c)) {
      const from = i;
      while (i < n && isWordChar(source.charCodeAt(i))) i++;
      if (i - from <= 6 && WORD_OPERATORS.has(source.slice(from, i)) && ++chain > longestChain) longestChain = chain;
      continue;
    }
    if (OPERATOR.has(c)) {
      if (++chain > longestChain) longestChain = chain;
    } else if (c === 40 || c === 91 || c === 123) {
      if (++depth > deepest) deepest = depth;
      chain = 0;
    } else if (c === 41 || c === 93 || c === 125) {
      if (depth > 0) depth--;
      chain = 0;
    } else if (c === 44 || c === 58 || c === 59 /* , : ; */) {
      chain = 0;
    } else if (c === 92 && source.charCodeAt(i + 1) === 10) {
      i += 2;
      continue;
    } else if (c === 10 && depth === 0) {
      if (i - start > longest) longest = i - start;
      start = i + 1;
      chain = 0;
    }
    i++;
  }
  return { longestStatement: Math.max(longest, n - start), deepestBrackets: deepest, longestChain };
}

/** The length of the longest logical line (see TextShape). */
export function longestStatement(source: string): number {
  return textShape(source).longestStatement;
}

/** What a sliced detection gives when the file costs more than its budget. */
export interface TooCostly {
  readonly tooCostly: string;
}

/** Walks one syntax tree and reports what it shows. */
class PythonWalker {
  private readonly isTestFile: boolean;
  private readonly isMigration: boolean;
  private frame: Frame = { start: 0, depth: -1, events: [] };
  /** Per node type id, what its syntax is called as a reason. */
  private readonly reasons = REASON_OF();
  /** How many nodes were walked, and how deep the tree went. */
  visited = 0;
  deepest = 0;

  /** `importsCount`: an import counts without a use in the same source — a notebook cell, whose
   *  imports are used in the cells after it; or, given the notebook's uses of each name (lines
   *  naming it, over every code cell), where the notebook uses it. */
  constructor(private readonly source: string, private readonly out: Collector, fileName: string | undefined, private readonly cache?: StatementCache, private readonly importsCount: ImportsCount = false, ownModules?: ReadonlySet<string>) {
    this.isTestFile = fileName !== undefined && TEST_FILE.test(fileName);
    this.isMigration = fileName !== undefined && MIGRATION_FILE.test(fileName);
    // The folders on the file's path name the project's own packages: `starlette/routing.py`
    // importing `starlette.datastructures` imports the project's own module.
    this.ownPackages = new Set((fileName ?? '').split(/[\\/]/).slice(0, -1).filter((d) => /^[A-Za-z_]\w*$/.test(d) && !COMMON_FOLDERS.has(d)));
    // And the modules beside it or above it in the project (`tests/test_db.py` importing the
    // package at the root, a script importing its neighbour): given by whoever lists the folders.
    for (const name of ownModules ?? []) this.ownPackages.add(name);
  }
  private readonly ownPackages: Set<string>;

  walk(tree: Tree): void {
    for (const _ of this.steps(tree)) { /* to the end */ }
  }

  /** The walk, pausing (yielding) every WALK_STEP nodes so a caller can spread it over time. */
  *steps(tree: Tree): Generator<void, void> {
    const root = this.frame;
    const stack: Frame[] = [];
    const c = tree.cursor();
    let depth = 0;
    const leave = () => {
      if (this.frame.depth !== depth) return;
      const done = this.frame;
      this.cache?.cursorSet(c, done.events);
      this.frame = stack.pop()!;
      this.append(done.events, done.start);
    };
    for (;;) {
      if (++this.visited % WALK_STEP === 0) yield;
      let descend = true;
      if (this.cache && CACHED_TYPE[c.type.id]) {
        const cached = this.cache.cursorGet(c);
        if (cached) {
          this.append(cached, c.from);
          descend = false;
        } else {
          stack.push(this.frame);
          this.frame = { start: c.from, depth, events: [] };
        }
      }
      if (descend) descend = this.visit(c);
      if (descend && c.firstChild()) {
        if (++depth > this.deepest) this.deepest = depth;
        continue;
      }
      leave();
      while (!c.nextSibling()) {
        if (!c.parent()) {
          this.replay(root.events);
          return;
        }
        depth--;
        leave();
      }
    }
  }

  /** Adds a finished statement's events (relative to `start`) to the enclosing one, by reference. */
  private append(events: readonly Event[], start: number): void {
    if (events.length) this.frame.events.push(new Event(Kind.Sub, start - this.frame.start, null, '', '', events));
  }

  private emit(e: Event): void {
    this.frame.events.push(e);
  }

  private add(skills: readonly string[] | undefined, offset: number, reason = ''): void {
    if (skills) this.emit(new Event(Kind.Add, offset - this.frame.start, skills, '', reason));
  }

  private text(from: number, to: number): string {
    return this.source.slice(from, to);
  }

  /** A name this statement uses: an import counts only where what it binds is used. Incidental:
   *  random values drawn, a shape's size, a value made for another library's call (`np.random.…`,
   *  `np.prod(shape)`, `Tensor(np.ones(n))`): a use, but no work with arrays. */
  private use(name: string, at: number, incidental = false): void {
    const used = (this.frame.used ??= new Map());
    const before = used.get(name);
    if (before === false || (before === true && incidental)) return;
    used.set(name, incidental);
    this.emit(new Event(Kind.Use, at - this.frame.start, null, name, incidental ? USE_INCIDENTAL : ''));
  }

  /** `np.random.normal(…)`, `np.prod(…)`, or a call made only to hand its value to another callee. */
  private incidental(node: SyntaxNode, base: string, attribute: string): boolean {
    if (INCIDENTAL_ATTRIBUTES.has(attribute)) return true;
    let n: SyntaxNode = node;
    // (Nodes are compared by place: a buffer's nodes are made anew on each visit.)
    const first = (child: SyntaxNode, parent: SyntaxNode) => parent.firstChild?.from === child.from && parent.firstChild.to === child.to;
    if (n.parent?.name === 'CallExpression' && first(n, n.parent)) n = n.parent;
    else return false;
    while (n.parent?.name === 'MemberExpression' && first(n, n.parent) && n.parent.getChild('[')) n = n.parent;
    const call = n.parent?.name === 'ArgList' ? n.parent.parent : null;
    const callee = call?.name === 'CallExpression' ? call.firstChild : null;
    if (!callee || callee.to - callee.from > 200) return false;
    const target = this.text(callee.from, callee.to).replace(/\s+/g, '');
    // Handed to another library's constructor or converter (`Tensor(…)`, `Image.fromarray(…)`), not
    // to `print`, `len` or a function of its own.
    return !target.startsWith(`${base}.`) && VALUE_FOR_ANOTHER_LIBRARY.test(target);
  }

  /** Handles the node under the cursor; returns whether to look inside it. */
  private visit(c: TreeCursor): boolean {
    const id = c.type.id;
    if (id === VARIABLE_NAME) {
      if (c.to - c.from <= 80) this.use(this.text(c.from, c.to), c.from);
      return false;
    }
    const skills = SYNTAX_OF[id];
    if (skills) this.add(skills, c.from, this.reasons[id]);
    if (!HANDLED_TYPE[id]) return true;
    switch (c.type.name) {
      case 'String':
        if (c.to - c.from <= 24 && CACHE_HEADERS.test(this.text(c.from, c.to))) this.add(['caching'], c.from, l10n.t('HTTP cache headers'));
        return false;
      case 'Comment':
        return false;
      case 'TypeDef': {
        // `str | None` in an annotation: the union syntax of 3.10 (PEP 604).
        const union = c.node.getChild('BinaryExpression');
        const op = union?.getChild('BitOp');
        if (op && this.text(op.from, op.to) === '|') this.add([FACT_UNION], union!.from);
        return true;
      }
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
        if (c.node.parent?.name === 'Script' || c.node.parent?.parent?.name === 'Script') this.add([FACT_CLASS], c.from);
        this.classDefinition(c.node);
        return true;
      case 'AssignStatement': {
        this.slotsAssignment(c.node);
        this.settingsAssignment(c.node);
        this.structureAssignment(c.node);
        return true;
      }
      case 'BinaryExpression': {
        // `key in table`, `word not in seen`
        const right = c.node.lastChild;
        const op = right?.prevSibling;
        if (right && op?.name === 'in') {
          // `answer in {"y", "yes"}`: a set literal tested for membership at once.
          if (right.name === 'SetExpression') this.add(['data-structures'], c.from, l10n.t('a set for membership tests'));
          else this.structureUse(right);
        }
        // `set(a) & set(b)`, `set(xs) == set(ys)`: sets compared or combined.
        // (A test comparing what it got with a set checks a result: no structure chosen for a job.)
        else if (op && right && !this.isTestFile && /^(?:&|\^|==|<=|>=|-)$/.test(this.text(op.from, op.to)) && isSetValue(right, (a, b) => this.text(a, b)) && isSetValue(c.node.firstChild, (a, b) => this.text(a, b))) this.add(['data-structures'], c.from, l10n.t('set operations'));
        return true;
      }
      case 'IfStatement':
        if (this.mainGuard(c.node)) {
          this.add([FACT_MAIN], c.from);
          return true;
        }
        this.control(c.node);
        this.branchInLoop(c.node, LOOPS);
        return true;
      case 'WhileStatement':
        this.control(c.node);
        this.branchInLoop(c.node, BRANCHES);
        return true;
      case 'WithStatement':
        this.withStatement(c.node);
        return true;
      case 'TryStatement':
        this.exceptClauses(c.node);
        return true;
      case 'RaiseStatement':
        this.raiseStatement(c.node);
        return true;
      case 'async':
        // `async with` and `async for` await too (an async resource, an async iterator).
        if (c.node.nextSibling?.name === 'with' || c.node.nextSibling?.name === 'for') this.add([FACT_AWAIT], c.from);
        return false;
      case 'ForStatement': {
        this.control(c.node);
        this.branchInLoop(c.node, BRANCHES);
        // `for key, value in d.items():`, `for (i, x) in enumerate(xs):` — unpacking in the loop.
        const target = c.node.firstChild?.nextSibling;
        if (target?.name === 'TupleExpression' || target?.nextSibling?.name === ',') this.add([FACT_WEAK_IDIOM + 'unpack'], c.from);
        return true;
      }
      case 'ExpressionStatement':
        if (c.node.parent?.name === 'Script' && c.node.firstChild?.name === 'CallExpression') this.add([FACT_TOP_CALL], c.from);
        // A module's docstring (a class's or function's is read with its definition).
        // (The standard: a module's opening explanation counts even placed after the imports.)
        if (c.node.parent?.name === 'Script' && onlyImportsBefore(c.node)) this.docstring(c.node);
        return true;
      case 'for':
        // `sum(x for x in xs)`: a generator expression as the only argument has no node of its own.
        if (c.node.parent?.name === 'ArgList') this.add(['comprehensions'], c.from, l10n.t('a generator expression'));
        return false;
      case 'CallExpression': {
        const callee = c.node.firstChild;
        if (callee && callee.name === 'VariableName') {
          const id = this.text(callee.from, callee.to);
          if (Object.prototype.hasOwnProperty.call(BUILTIN_CALLS, id)) this.emit(new Event(Kind.Call, c.from - this.frame.start, null, id));
        }
        this.rawSql(c.node, callee);
        this.documentedOption(c.node, callee);
        this.sortWithKey(c.node, callee);
        return true;
      }
      case 'MemberExpression': {
        if (c.node.getChild('[')) this.subscript(c.node);
        if (c.to - c.from > 200) return true;
        const text = this.text(c.from, c.to);
        if (/^os\s*\.\s*(?:environ|getenv)\b/.test(text)) this.add([FACT_ENV], c.from);
        if (!DOTTED.test(text)) return true;
        const name = text.replace(/\s+/g, '');
        const base = name.slice(0, name.indexOf('.'));
        const attribute = name.slice(name.indexOf('.') + 1).split('.', 1)[0]!;
        this.use(base, c.from, this.incidental(c.node, base, attribute));
        if (RULE_ATTRIBUTES.has(attribute)) this.emit(new Event(Kind.Ref, c.from - this.frame.start, null, name));
        return false;
      }
      default:
        return true;
    }
  }

  /** A module rule's skills; in a test file a CLI exercises a library, so it is not a script or a tool built. */
  private ruleSkills(key: string): readonly string[] | undefined {
    const skills = MODULE_RULES[key];
    return this.isTestFile && skills ? skills.filter((id) => id !== 'build-cli-tool' && id !== 'scripting') : skills;
  }

  /** `import a.b as c, d` and `from a.b import (c as d, e)`; relative imports are the project's own.
   *  What an import shows counts only where the name it binds is used in the file (replay). */
  private importStatement(node: SyntaxNode): void {
    if (node.to - node.from < 80 && /^from\s+__future__\s+import\b[^#]*\bannotations\b/.test(this.text(node.from, node.to))) this.add([FACT_FUTURE_ANNOTATIONS], node.from);
    const tokens: { name: string; text: string }[] = [];
    for (let ch = node.firstChild; ch; ch = ch.nextSibling) tokens.push({ name: ch.name, text: this.text(ch.from, ch.to) });
    const imported: { qualified: string; local: string }[] = [];
    const bind = (local: string, qualified: string) => this.emit(new Event(Kind.Bind, node.from - this.frame.start, null, local, qualified));
    if (tokens[0]?.name === 'from') {
      if (tokens[1]?.name === '.') {
        // `from . import x`, `from .models import Item`: the project's own modules and packages.
        let i = 1;
        while (i < tokens.length && tokens[i]!.name !== 'import') i++;
        for (i++; i < tokens.length; i++) {
          const t = tokens[i]!;
          if (t.name === '*') this.emit(new Event(Kind.Import, node.from - this.frame.start, ['functions-modules'], '*', l10n.t('imports a module of the project')));
          if (t.name !== 'VariableName') continue;
          let local = t.text;
          if (tokens[i + 1]?.name === 'as' && tokens[i + 2]?.name === 'VariableName') {
            local = tokens[i + 2]!.text;
            i += 2;
          }
          this.emit(new Event(Kind.Import, node.from - this.frame.start, ['functions-modules'], local, l10n.t('imports a module of the project')));
        }
        return;
      }
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
          imported.push({ qualified: base, local: '*' });
          sawName = true;
        }
        if (t.name !== 'VariableName') continue;
        const qualified = `${base}.${t.text}`;
        sawName = true;
        let local = t.text;
        if (tokens[i + 1]?.name === 'as' && tokens[i + 2]?.name === 'VariableName') {
          local = tokens[i + 2]!.text;
          i += 2;
        }
        imported.push({ qualified, local });
        bind(local, qualified);
      }
      if (!sawName) imported.push({ qualified: base, local: '*' }); // `from x import` still being typed
    } else {
      let parts: string[] = [];
      const flush = (alias?: string) => {
        if (!parts.length) return;
        const qualified = parts.join('.');
        const local = alias ?? parts[0]!;
        imported.push({ qualified, local });
        bind(local, alias ? qualified : parts[0]!);
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
    // The project's own package, by the folders on the file's path.
    for (const { qualified, local } of imported) {
      if (this.ownPackages.has(qualified.split('.', 1)[0]!)) this.emit(new Event(Kind.Import, node.from - this.frame.start, ['functions-modules'], local, l10n.t('imports a module of the project')));
    }
    // A library's private module (`click._compat`) says nothing of the library's use.
    for (const { qualified, local } of imported) {
      if (/\._/.test(qualified)) continue;
      for (const key of matchingRules(qualified)) {
        const skills = this.ruleSkills(key);
        if (skills) this.emit(new Event(Kind.Import, node.from - this.frame.start, skills, local, l10n.t('imports `{0}`', qualified)));
      }
      // A module that does chores (runs programs, fetches, mails, uploads): a fact for automation.
      if (CHORE_MODULES.has(qualified.split('.', 1)[0]!)) this.emit(new Event(Kind.Import, node.from - this.frame.start, [FACT_CHORE], local, qualified));
    }
  }

  /** `@name.attr(...)`: the decorator itself, and what its name resolves to (lru_cache, contextmanager…). */
  private decorator(node: SyntaxNode): void {
    const parts: string[] = [];
    for (let ch = node.firstChild; ch; ch = ch.nextSibling) {
      if (ch.name === 'VariableName') parts.push(this.text(ch.from, ch.to));
      else if (ch.name !== 'At' && ch.name !== '.') break;
    }
    // Decorators are few and the line is where the reader looks: report there even when the import matched.
    if (parts.length) this.emit(new Event(Kind.Ref, node.from - this.frame.start, null, parts.join('.'), 'always'));
    if (parts.length && BEHAVIOUR_DECORATORS.has(parts[parts.length - 1]!)) this.add(['decorators'], node.from, l10n.t('`@{0}`', parts.join('.')));
    // An HTTP route: `@router.get("/items/{id}")`, `@app.route("/")`, `@routes.post('/login')`.
    if (parts.length >= 2 && ROUTE_DECORATORS.has(parts[parts.length - 1]!)) {
      const first = node.getChild('ArgList')?.firstChild?.nextSibling;
      // A route is an API's when it answers in JSON (the standard: an HTML form route is not):
      // known once the file is read (replay), from its JSON responses, status codes or models.
      if (first?.name === 'String' && /^[rbfu]*['"]{1,3}\//i.test(this.text(first.from, Math.min(first.to, first.from + 8)))) {
        this.emit(new Event(Kind.Add, node.from - this.frame.start, [FACT_ROUTE], '', l10n.t('`@{0}` route', parts.join('.'))));
      }
    }
  }

  private functionDefinition(node: SyntaxNode): void {
    const nameNode = node.getChild('VariableName');
    if (!nameNode) return;
    const name = this.text(nameNode.from, nameNode.to);
    if (name.startsWith('__') && Object.prototype.hasOwnProperty.call(DUNDER_METHODS, name)) this.add(DUNDER_METHODS[name], node.from, l10n.t('defines `{0}`', name));
    if (this.isTestFile && name.startsWith('test')) this.add(['testing'], node.from, l10n.t('a test function'));
    // An application factory (`create_app`), or a factory by name, building what it is asked for.
    if (FACTORY_NAME.test(name) && !this.isTestFile) this.add(['design-patterns'], node.from, l10n.t('a factory (`{0}`)', name));
    // A factory by what it does: a `get_…`/`make_…` function returning one of several classes.
    else if (CHOOSER_NAME.test(name) && !this.isTestFile && node.to - node.from < 8000 && factoryReturns(this.text(node.from, node.to))) this.add(['design-patterns'], node.from, l10n.t('a factory (`{0}`)', name));
    // Your own function with defaults, *args or **kwargs: more than the bare `def f(x)`.
    const params = node.getChild('ParamList');
    let flexible = false;
    let named = 0;
    for (let p = params?.firstChild; p; p = p.nextSibling) {
      if (p.name === 'AssignOp' || ((p.name === '*' || p.name === '**') && p.nextSibling?.name === 'VariableName')) flexible = true;
      if (p.name === 'VariableName' && p.prevSibling?.name !== '*' && p.prevSibling?.name !== '**') {
        const param = this.text(p.from, p.to);
        if (param !== 'self' && param !== 'cls') named++;
      }
    }
    const body = node.getChild('Body');
    if (!body) return;
    this.docstring(body.firstChild?.nextSibling ?? null);
    const { returnsValue } = this.yields(node, body);
    // Your own function: defaults, *args or **kwargs, or parameters in and a value out.
    // (A constructor or another special method with defaults belongs to its class: object-oriented work.)
    const special = name.startsWith('__') && name.endsWith('__');
    if ((flexible && !special) || (named > 0 && returnsValue)) this.add(['functions-modules'], node.from, flexible && !special ? l10n.t('a function with defaults or *args') : l10n.t('a function with parameters and a result'));
    // Defining a decorator: a function that defines an inner function and returns it.
    const inner = new Set<string>();
    for (let st = body.firstChild; st; st = st.nextSibling) {
      const def = st.name === 'FunctionDefinition' ? st : st.name === 'DecoratedStatement' ? st.getChild('FunctionDefinition') : null;
      const innerName = def?.getChild('VariableName');
      if (innerName) inner.add(this.text(innerName.from, innerName.to));
      else if (st.name === 'ReturnStatement' && inner.size) {
        const value = st.lastChild;
        if (value?.name === 'VariableName' && inner.has(this.text(value.from, value.to))) this.add(['decorators'], node.from, l10n.t('defines a decorator'));
      }
    }
  }

  private classDefinition(node: SyntaxNode): void {
    const body = node.getChild('Body');
    if (body) this.docstring(body.firstChild?.nextSibling ?? null);
    const nameNode = node.getChild('VariableName');
    const name = nameNode ? this.text(nameNode.from, nameNode.to) : '';
    const args = node.getChild('ArgList');
    const bases = args ? this.text(args.from, args.to) : '';
    // Not object-oriented design: a generated migration, an options holder (`class Meta:` inside a
    // model or form), a typed record shape (TypedDict, NamedTuple, Protocol).
    const optionHolder = (name === 'Meta' || name === 'Config') && !args && node.parent?.parent?.name === 'ClassDefinition';
    // A @dataclass with fields and no methods of its own is a record.
    const decorators = node.parent?.name === 'DecoratedStatement' ? node.parent.getChildren('Decorator').map((d) => this.text(d.from, d.to)) : [];
    const dataRecord = decorators.some((d) => /^@\s*(?:dataclasses\s*\.\s*)?dataclass\b/.test(d)) && !!body && !body.getChild('FunctionDefinition') && !body.getChild('DecoratedStatement');
    if (/(?:^|[(,.\s])BaseCommand\s*[,)]/.test(bases)) this.add(['automation-scripting'], node.from, l10n.t('a management command'));
    const baseNames = args ? bases.slice(1, -1).split(',').map((b) => b.trim()) : [];
    const record = baseNames.some((b) => BASE_OF_RECORDS.test(b));
    const enumeration = baseNames.some((b) => BASE_OF_ENUMS.test(b));
    // A test case class follows unittest's convention; it shows testing, not object-oriented design.
    const testCase = baseNames.some((b) => /(?:^|\.)\w*TestCase$/.test(b)) || (this.isTestFile && /^Test/.test(name));
    // An exception class is error handling (the standard), not object-oriented design.
    const exceptionClass = baseNames.some((b) => EXCEPTION_BASE.test(b));
    if (testCase) this.add(['testing'], node.from, l10n.t('a test case class'));
    // A Protocol is an interface for type checkers, not a record.
    if (baseNames.some((b) => /(?:^|\.)Protocol(?:\[|$)/.test(b))) this.add(['type-hints'], node.from, l10n.t('a protocol'));
    else if (record) this.add(['data-structures', 'type-hints'], node.from, l10n.t('a typed record'));
    // In a test file a class is a stand-in or a helper for the test (a fake app, a stub), not design.
    else if (!this.isMigration && !this.isTestFile && !optionHolder && !dataRecord && !enumeration && !testCase && !exceptionClass && this.keepsState(body, bases)) this.add(['oop'], node.from, args ? l10n.t('a class with a base class') : l10n.t('a class'));
    if (body && !this.isMigration) this.classPattern(node, body);
    if (!args) return;
    for (let a = args.firstChild; a; a = a.nextSibling) {
      if (a.name === 'VariableName' || a.name === 'MemberExpression') {
        const base = this.text(a.from, a.to).replace(/\s+/g, '');
        if (a.nextSibling?.name === 'AssignOp') {
          if (base === 'metaclass') this.add(['metaclasses'], node.from, l10n.t('a `metaclass=`'));
          a = a.nextSibling; // skip the keyword's value
          continue;
        }
        if (base === 'type') this.add(['metaclasses'], node.from, l10n.t('a subclass of `type`'));
        else if (EXCEPTION_BASE.test(base)) this.add(['error-handling'], node.from, l10n.t('an exception class'));
      }
    }
  }

  /** A docstring (the first statement of a module, class or function) that explains: with sections,
   *  parameters or examples, or three lines and more. */
  private docstring(first: SyntaxNode | null): void {
    if (!first || first.name !== 'ExpressionStatement') return;
    // In a test file a function's docstring says what it checks, for the test's reader; the module's
    // opening explanation still explains (a lesson written as tests).
    if (this.isTestFile && first.parent?.name !== 'Script') return;
    const str = first.firstChild;
    if (!str || str.name !== 'String' || str.nextSibling || str.to - str.from > 20_000) return;
    const text = this.text(str.from, str.to);
    if (!/^[rRuU]?(?:"""|''')/.test(text)) return;
    // Lines of prose: not doctest prompts, nor the output that follows them up to a blank line.
    let lines = 0;
    let inExample = false;
    for (const l of text.split('\n')) {
      const t = l.trim().replace(/^[rRuU]?(?:"""|''')|(?:"""|''')$/g, '').trim();
      if (/^(?:>>>|\.\.\.)(?:\s|$)/.test(t)) inExample = true;
      else if (!t) inExample = false;
      else if (!inExample && !DOC_METADATA.test(t)) lines++;
    }
    // Examples alone (a docstring of doctests) test the code; with a line that explains, they document it.
    if (DOC_SECTIONS.test(text) && (lines > 0 || !/^[ \t]*>>> /m.test(text) || DOC_SECTIONS.test(text.replace(/^[ \t]*>>> .*$/gm, '')))) this.add(['technical-writing'], str.from, l10n.t('a docstring with sections or examples'));
    else if (lines >= 3) this.add(['technical-writing'], str.from, l10n.t('a docstring of {0} lines', lines));
  }

  /** `yield` in a function's own body (not in nested functions): a generator, unless the function
   *  only hands over a resource — decorated @contextmanager or as a fixture, or one `yield` inside
   *  a `with` or a `try … finally` (a FastAPI dependency, a pytest fixture by another name). */
  private yields(def: SyntaxNode, body: SyntaxNode): { returnsValue: boolean } {
    const found: { at: number; guarded: boolean; bare: boolean }[] = [];
    let returnsValue = false;
    const walk = (node: SyntaxNode, guarded: boolean, depth: number) => {
      if (depth > 200 || found.length > 50) return;
      for (let ch = node.firstChild; ch; ch = ch.nextSibling) {
        const n = ch.name;
        if (n === 'FunctionDefinition' || n === 'ClassDefinition' || n === 'LambdaExpression' || n === 'DecoratedStatement') continue;
        if (n === 'yield') found.push({ at: ch.from, guarded, bare: node.name === 'YieldStatement' && (!ch.nextSibling || ch.nextSibling.name === '⚠') });
        else if (n === 'ReturnStatement') {
          if (ch.lastChild && ch.lastChild.name !== 'return') returnsValue = true;
        } else if (ch.firstChild && !/Expression$|^ArgList$|^String$/.test(n)) walk(ch, guarded || n === 'WithStatement' || (n === 'TryStatement' && !!ch.getChild('finally')), depth + 1);
        else if (n === 'YieldExpression' || (ch.firstChild && /Expression$/.test(n) && this.text(ch.from, Math.min(ch.to, ch.from + 200)).includes('yield'))) walk(ch, guarded, depth + 1);
      }
    };
    walk(body, false, 0);
    if (!found.length) return { returnsValue };
    const decorated = def.parent?.name === 'DecoratedStatement' ? def.parent.getChildren('Decorator') : [];
    const names = decorated.map((d) => this.text(d.from, d.to).replace(/^@\s*/, '').split('(', 1)[0]!.replace(/\s+/g, ''));
    if (names.some((n) => SETUP_TEARDOWN.test(n))) return { returnsValue };
    // One `yield` that hands over nothing (an aiohttp cleanup context, a fixture by another name):
    // setup and teardown around it, not a sequence.
    if (found.length === 1 && (found[0]!.guarded || found[0]!.bare)) return { returnsValue };
    for (const y of found) this.add(['generators'], y.at, l10n.t('`yield`'));
    return { returnsValue };
  }

  /** A call's function name: `f` for `f(…)`, `attr` for `obj.attr(…)`. */
  private calleeName(callee: SyntaxNode): string {
    if (callee.name === 'VariableName') return this.text(callee.from, callee.to);
    const last = callee.name === 'MemberExpression' ? callee.lastChild : null;
    return last ? this.text(last.from, last.to) : '';
  }

  /** `parser.add_argument("--n", help=…)`, `@click.option("--n", help=…)`: a command-line program
   *  with options and help text (the evidence standard of build-cli-tool); not in a test. */
  private documentedOption(call: SyntaxNode, callee: SyntaxNode | null): void {
    if (!callee || this.isTestFile || callee.name !== 'MemberExpression') return;
    const name = this.calleeName(callee);
    if (name !== 'add_argument' && name !== 'option' && name !== 'argument') return;
    for (let a = call.getChild('ArgList')?.firstChild; a; a = a.nextSibling) {
      if (a.name === 'VariableName' && a.nextSibling?.name === 'AssignOp' && this.text(a.from, a.to) === 'help') {
        this.add(['build-cli-tool', 'scripting'], call.from, l10n.t('an option with help text'));
        return;
      }
    }
  }

  /** `sorted(xs, key=…)`, `xs.sort(key=…)`: sorting by a key function; `d.setdefault(k, [])`. */
  private sortWithKey(call: SyntaxNode, callee: SyntaxNode | null): void {
    if (!callee) return;
    const name = this.calleeName(callee);
    const argList = call.getChild('ArgList');
    // `pd.read_csv(url)`: a file fetched over HTTP is not one read from disk (the standard).
    if (FILE_METHODS.has(name) && callee.name === 'MemberExpression' && !fromUrl(argList, (a, b) => this.text(a, b))) this.add(['file-io'], call.from, `\`.${name}()\``);
    if (JSON_CALLS.has(name)) this.add([FACT_JSON], call.from);
    // `zip(a, b, strict=True)` (3.10), `err.add_note(…)` (3.11): features of supported releases.
    if (name === 'zip' && argList && argList.to - argList.from < 2000 && /\bstrict\s*=\s*True\b/.test(this.text(argList.from, argList.to))) this.add(['modern-python'], call.from, l10n.t('`zip(strict=True)` (3.10)'));
    if (name === 'add_note' && callee.name === 'MemberExpression') this.add(['modern-python', 'error-handling'], call.from, l10n.t('an exception note (3.11)'));
    // A JSON response built here (or a mocked one): a test file that makes its own answers tests a
    // framework or a client library, not an API (the standard: a library's tests of itself).
    if ((JSON_CALLS.has(name) && name !== 'HTTPException') || (name === 'add' && callee.name === 'MemberExpression' && /^responses\s*\.\s*add$/.test(this.text(callee.from, Math.min(callee.to, callee.from + 20))))) this.add([FACT_SERVES_JSON], call.from);
    // Refusing who may not (401, 403) is an authorization decision, whatever the framework (`abort(403)`).
    if ((name === 'HTTPException' || name === 'abort' || name === 'PermissionDenied' || name === 'JSONResponse' || name === 'JsonResponse') && argList && argList.to - argList.from < 2000 && /(?:^\(|\bstatus(?:_code)?\s*=\s*)(?:40[13]\b|(?:status\.)?HTTP_40[13]_)/.test(this.text(argList.from, argList.to).replace(/\s+/g, ''))) this.add(['authentication'], call.from, l10n.t('refuses an unauthorised request ({0})', name));
    // `HTTPException(status_code=404, detail=…)`, `JSONResponse(…, status_code=422)`: a JSON error with its status.
    if ((name === 'HTTPException' || name === 'JSONResponse' || name === 'JsonResponse') && argList && argList.to - argList.from < 2000 && /\bstatus(?:_code)?\s*=(?!=)|\bdetail\s*=(?!=)|\bHTTP_[45]\d\d|\bstatus\.HTTP_[45]/.test(this.text(argList.from, argList.to)) && !/\bstatus(?:_code)?\s*=\s*(?:2\d\d|status\.HTTP_2|HTTP_2)/.test(this.text(argList.from, argList.to))) this.add([name === 'HTTPException' ? FACT_HTTP_EXCEPTION : FACT_JSON_ERROR], call.from);
    // Checking who a user is or what they may do (the standard), whatever library does it.
    // (A database connection's password set is a credential stored, not a user checked.)
    if (AUTH_CALLS.has(name) && !(callee.name === 'MemberExpression' && /^\w*conn/i.test(this.text(callee.from, Math.min(callee.to, callee.from + 40))))) this.add(['authentication'], call.from, `\`${name}()\``);
    // `requests.post(url, json=payload)`: a client sending JSON to an API's endpoint.
    if ((name === 'post' || name === 'put' || name === 'patch') && callee.name === 'MemberExpression' && argList && argList.to - argList.from < 2000 && /\bjson\s*=(?!=)/.test(this.text(argList.from, argList.to))) this.add([this.isTestFile ? FACT_SENDS_JSON : 'rest-apis'], call.from, l10n.t('sends JSON to an API'));
    // `response.json()`: a client reading an API's JSON.
    if (name === 'json' && callee.name === 'MemberExpression' && argList && argList.to - argList.from === 2) this.add([this.isTestFile ? FACT_READS_JSON : 'rest-apis'], call.from, l10n.t('reads a JSON response'));
    if (argList && argList.to - argList.from < 2000) {
      const argText = this.text(argList.from, argList.to);
      if (JSON_KEYWORDS.test(argText)) this.add([FACT_JSON], call.from);
      if (SECURE_KEYWORDS.test(argText)) this.add(['security'], call.from, l10n.t('secure cookie or loading settings'));
      // `run([python, "-m", "venv", path])`, `run("uv venv …")`: a program making an isolated environment.
      if (/["']-m["']\s*,\s*["'](?:venv|virtualenv)["']|["'](?:virtualenv|uv\s+venv|python3?\s+-m\s+venv)\b/.test(argText)) this.add(['virtual-environments'], call.from, l10n.t('creates an isolated environment'));
      // `os.getenv("SECRET_KEY")`, `os.environ.get("DB_PASSWORD")`: a secret kept out of the code.
      if ((name === 'getenv' || name === 'get') && callee.name === 'MemberExpression' && /^os\s*\.\s*(?:getenv|environ\s*\.\s*get)$/.test(this.text(callee.from, Math.min(callee.to, callee.from + 40))) && SECRET_NAME.test(argText.slice(0, 80))) {
        this.add(['security'], call.from, l10n.t('a secret read from the environment'));
      }
    }
    // `sys.exit(1)`, `sys.exit("usage: …")`: a program that ends with a status or a message.
    if (name === 'exit' && callee.name === 'MemberExpression' && /^sys\s*\.\s*exit$/.test(this.text(callee.from, Math.min(callee.to, callee.from + 20)))) {
      const arg = argList?.firstChild?.nextSibling;
      if (arg && (arg.name === 'String' || arg.name === 'FormatString' || (arg.name === 'Number' && this.text(arg.from, arg.to) !== '0'))) this.add(['scripting'], call.from, l10n.t('exits with a status or a message'));
    }
    if (callee.name === 'MemberExpression' && callee.to - callee.from <= 120) {
      const path = this.text(callee.from, callee.to);
      if (DOTTED.test(path) && ORM_CALL.test(path.replace(/\s+/g, ''))) this.add(['sqlalchemy'], call.from, l10n.t('an ORM query or session'));
    }
    if ((name === 'get' || name === 'add' || name === 'setdefault' || name === 'discard') && callee.name === 'MemberExpression' && callee.firstChild) {
      // `table.get(key)` looks up; `settings.get("DEBUG")` reads a field of a record.
      const first = call.getChild('ArgList')?.firstChild?.nextSibling;
      if (first && !LITERAL_KEYS.has(first.name) && first.name !== ')') this.structureUse(callee.firstChild);
    }
    if (name === 'setdefault' && callee.name === 'MemberExpression') {
      this.add([FACT_WEAK_IDIOM + 'setdefault'], call.from);
      return;
    }
    // `d.get(key, default)`: the lookup with a fallback instead of a test first.
    if (name === 'get' && callee.name === 'MemberExpression') {
      let commas = 0;
      let keyword = false;
      for (let a = call.getChild('ArgList')?.firstChild; a; a = a.nextSibling) {
        if (a.name === ',') commas++;
        else if (a.name === 'AssignOp') keyword = true;
      }
      // `session.get(Item, id)` fetches a model by its class: no dict.
      const first = call.getChild('ArgList')?.firstChild?.nextSibling;
      const byClass = first?.name === 'VariableName' && /^[A-Z]/.test(this.text(first.from, first.from + 1));
      if (commas === 1 && !keyword && !byClass) this.add([FACT_WEAK_IDIOM + 'get'], call.from);
      return;
    }
    if (name !== 'sorted' && !(name === 'sort' && callee.name === 'MemberExpression')) return;
    for (let a = call.getChild('ArgList')?.firstChild; a; a = a.nextSibling) {
      if (a.name === 'VariableName' && a.nextSibling?.name === 'AssignOp' && this.text(a.from, a.to) === 'key') {
        // Sorting by a key is everyday code, not an algorithm of one's own (the evidence standard).
        return;
      }
    }
  }

  /** Raw SQL passed to a driver or to SQLAlchemy: `cursor.execute("SELECT …")`, `text("UPDATE …")`. */
  private rawSql(call: SyntaxNode, callee: SyntaxNode | null): void {
    if (!callee) return;
    const name = this.calleeName(callee);
    if (name !== 'execute' && name !== 'executemany' && name !== 'executescript' && name !== 'text' && name !== 'fetch' && name !== 'fetchrow' && name !== 'fetchval') return;
    if (name !== 'text' && callee.name !== 'MemberExpression') return;
    const first = call.getChild('ArgList')?.firstChild?.nextSibling;
    if (!first || (first.name !== 'String' && first.name !== 'FormatString')) return;
    const head = this.text(first.from, Math.min(first.to, first.from + 40)).replace(/^[rbfuRBFU]*['"]{1,3}\s*/, '');
    if (/^(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH|PRAGMA)\b/i.test(head)) this.add(['sql'], call.from, l10n.t('raw SQL in `{0}()`', name));
  }

  /** `except*` (exception groups, Python 3.11), and EAFP: try the lookup, handle the miss. */
  private exceptClauses(node: SyntaxNode): void {
    for (let ch = node.firstChild; ch; ch = ch.nextSibling) {
      if (ch.name !== 'except') continue;
      const next = ch.nextSibling;
      // Failure dealt with on purpose (the standard): a type named, and a handler that does
      // something. A bare `except:`, or one that only passes, hides errors instead.
      let body = next;
      while (body && body.name !== 'Body') body = body.nextSibling;
      const typed = !!next && next.name !== 'Body' && next.name !== ':';
      if (typed && body && !onlyPasses(body)) this.add(['error-handling'], ch.from, l10n.t('`except` with a handler'));
      if (next?.name === '*') this.add(['modern-python', 'error-handling'], ch.from, l10n.t('`except*`'));
      else if (next?.name === 'VariableName') {
        const caught = this.text(next.from, next.to);
        // `except A, B:` without brackets (PEP 758, Python 3.14); Python 2's `except A, e:` binds a
        // lower-case name instead.
        const second = next.nextSibling?.name === ',' ? next.nextSibling.nextSibling : null;
        if (second?.name === 'VariableName' && /^[A-Z]/.test(caught) && /^[A-Z]/.test(this.text(second.from, second.from + 1))) this.add(['try-new-release'], ch.from, l10n.t('`except A, B:` without brackets (Python 3.14)'));
        if (caught === 'KeyError' || caught === 'AttributeError' || caught === 'IndexError' || caught === 'StopIteration') this.add(['pythonic-idioms'], ch.from, l10n.t('EAFP (`except {0}`)', caught));
      }
    }
  }

  /** An interface whose methods subclasses must fill in: strategies behind one interface (the
   *  standard). A middleware wrapping an app is a framework's convention, not counted. */
  private classPattern(node: SyntaxNode, body: SyntaxNode): void {
    if (body.to - body.from > 200_000) return;
    // A repository: a class of several methods named for keeping storage behind it (the standard).
    const className = node.getChild('VariableName');
    if (className && !this.isTestFile && /\w(?:Repository|Repo)$/.test(this.text(className.from, className.to))) {
      let methods = 0;
      for (let st = body.firstChild; st && methods < 2; st = st.nextSibling) if (st.name === 'FunctionDefinition' || st.getChild('FunctionDefinition')) methods++;
      if (methods >= 2) {
        this.add(['design-patterns'], node.from, l10n.t('a repository class'));
        return;
      }
    }
    for (let st = body.firstChild; st; st = st.nextSibling) {
      const def = st.name === 'FunctionDefinition' ? st : st.name === 'DecoratedStatement' ? st.getChild('FunctionDefinition') : null;
      if (!def) continue;
      const decorators = st.name === 'DecoratedStatement' ? this.text(st.from, def.from) : '';
      const inner = def.getChild('Body');
      if (/@\s*(?:abc\s*\.\s*)?abstractmethod\b/.test(decorators) || (inner && onlyRaisesNotImplemented(inner, (a, b) => this.text(a, b)))) {
        this.add(['design-patterns'], node.from, l10n.t('an interface its subclasses fill in'));
        return;
      }
    }
  }

  /** `raise ValueError("no such user")`, `raise AppError(...) from e`: an error raised with a
   *  message or with its cause. A stub's NotImplementedError, or raising a response, is not. */
  private raiseStatement(node: SyntaxNode): void {
    const what = node.firstChild?.nextSibling;
    if (!what) return;
    const cause = node.getChild('from');
    const callee = what.name === 'CallExpression' ? what.firstChild : what;
    const name = callee && callee.to - callee.from <= 80 ? this.text(callee.from, callee.to) : '';
    if (/NotImplemented/.test(name) || !EXCEPTION_BASE.test(name) && !/(?:^|\.)(?:[A-Z]\w*(?:Exit|Interrupt|Exception|Error)|HTTP(?:Forbidden|NotFound|BadRequest|Unauthorized|Conflict|UnprocessableEntity|\w*Error))$/.test(name)) return;
    const args = what.name === 'CallExpression' ? what.getChild('ArgList') : null;
    const withMessage = !!args && args.to - args.from > 2;
    if (withMessage || cause) this.add(['error-handling'], node.from, cause ? l10n.t('`raise … from`') : l10n.t('`raise` with a message'));
  }

  /** State and behaviour together (the evidence standard): a method working on the object's own
   *  attributes (`self.x`, `cls.x`), or an abstract base class. A subclass that only fills in a
   *  framework's hook, or a class of constants, is not object-oriented design of its own. */
  private keepsState(body: SyntaxNode | null, bases: string): boolean {
    if (/\bABC(?:Meta)?\b/.test(bases)) return true;
    if (!body || body.to - body.from > 200_000) return !!body;
    for (let st = body.firstChild; st; st = st.nextSibling) {
      const def = st.name === 'FunctionDefinition' ? st : st.name === 'DecoratedStatement' ? st.getChild('FunctionDefinition') : null;
      const inner = def?.getChild('Body');
      if (inner && /\b(?:self|cls)\s*\.\s*[A-Za-z_]/.test(this.text(inner.from, inner.to))) return true;
    }
    return false;
  }

  /** Control flow of one's own: a branch inside a loop, or a loop inside a branch, in one function
   *  (or at module level). Reported once per file (the collector keeps the first place). */
  private branchInLoop(node: SyntaxNode, other: ReadonlySet<string>): void {
    for (let p = node.parent; p && p.name !== 'FunctionDefinition' && p.name !== 'ClassDefinition' && p.name !== 'Script'; p = p.parent) {
      if (other.has(p.name)) {
        if (!this.isMigration) this.add(['syntax-basics'], p.from, l10n.t('conditions and loops'));
        return;
      }
    }
  }

  /** `with` where a resource is always released; a test's `with pytest.raises(...)` or a mock's
   *  `with patch(...)` is an assertion or a stand-in, not a resource (the evidence standard). */
  private withStatement(node: SyntaxNode): void {
    // `with (\n    a() as x,\n    b() as y,\n):` — bracketed context managers (3.10).
    const body = node.getChild('Body');
    if (body && body.from - node.from < 2000) {
      const head = this.text(node.from, body.from);
      if (/^(?:async\s+)?with\s*\(/.test(head) && /\)\s*$/.test(head) && /\bas\s+\w+\s*,/.test(head)) this.add(['modern-python'], node.from, l10n.t('bracketed context managers (3.10)'));
    }
    let resource = false;
    for (let ch = node.firstChild; ch && ch.name !== 'Body'; ch = ch.nextSibling) {
      if (ch.name === 'with' || ch.name === ',' || ch.name === 'as' || ch.name === 'async') continue;
      if (ch.name === 'VariableName' && ch.prevSibling?.name === 'as') continue;
      const callee = ch.name === 'CallExpression' ? ch.firstChild : ch;
      const name = callee ? this.text(callee.from, Math.min(callee.to, callee.from + 80)).replace(/\s+/g, '') : '';
      if (!NOT_A_RESOURCE.test(name)) resource = true;
    }
    if (resource) this.add(['context-managers'], node.from, l10n.t('a `with` block'));
  }

  /** `if __name__ == "__main__":` — a module that is also a script. */
  /** Whether an `if` is a main guard: on its own it shows neither a script nor functions (the
   *  evidence standard), nor control flow; what it runs does. */
  private mainGuard(node: SyntaxNode): boolean {
    if (node.parent?.name !== 'Script') return false;
    const cond = node.firstChild?.nextSibling;
    return !!cond && cond.to - cond.from < 40 && /^__name__\s*==\s*['"]__main__['"]$|^['"]__main__['"]\s*==\s*__name__$/.test(this.text(cond.from, cond.to));
  }

  /** A decision the file makes itself: each `if`, `elif`, `for` and `while` is one (`if TYPE_CHECKING:` is not). */
  private control(node: SyntaxNode): void {
    if (this.isMigration) return;
    if (node.name === 'IfStatement') {
      const cond = node.firstChild?.nextSibling;
      if (cond && /^(?:typing\.)?TYPE_CHECKING$/.test(this.text(cond.from, Math.min(cond.to, cond.from + 30)))) return;
      this.add([FACT_CONTROL], node.from);
      for (let ch = node.firstChild; ch; ch = ch.nextSibling) if (ch.name === 'elif') this.add([FACT_CONTROL], ch.from);
      return;
    }
    this.add([FACT_CONTROL], node.from);
    this.add([FACT_LOOP], node.from);
    // A loop at module level runs when the file runs: the file is a program.
    if (node.parent?.name === 'Script') this.add([FACT_TOP_CALL], node.from);
    // `total += n` in the loop's own body: a value the loop computes.
    const body = node.getChild('Body');
    if (body && body.to - body.from < 20_000 && /^[ \t]*[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?[ \t]*(?:\+|-|\*|\/|\/\/|%|\||&)=/m.test(this.text(body.from, body.to))) this.add([FACT_ACCUMULATE], node.from);
  }

  /** `CACHES = {…}`, `LOGGING["handlers"][…] = …`, `SECURE_HSTS_SECONDS = …` at module level. */
  private settingsAssignment(node: SyntaxNode): void {
    if (node.parent?.name !== 'Script') return;
    const target = node.firstChild;
    if (!target) return;
    const m = /^[A-Z][A-Z0-9_]*/.exec(this.text(target.from, Math.min(target.to, target.from + 40)));
    if (!m || !Object.prototype.hasOwnProperty.call(SETTINGS, m[0])) return;
    // `SESSION_COOKIE_SECURE = False` (a development setting) turns protection off.
    if (node.lastChild?.name === 'Boolean' && this.text(node.lastChild.from, node.lastChild.to) === 'False') return;
    this.add(SETTINGS[m[0]], node.from, l10n.t('the `{0}` setting', m[0]));
  }

  /** `__slots__ = (...)` inside a class body. */
  /** `TABLE = {...}`, `self.seen = set()`, `index = {k: v for ...}`: a dict or set given a name. */
  private structureAssignment(node: SyntaxNode): void {
    const target = node.firstChild;
    const value = node.lastChild;
    if (!target || !value || value === target) return;
    let kind = DICT_VALUES.has(value.name) ? 'dict' : SET_VALUES.has(value.name) ? 'set' : '';
    if (!kind && value.name === 'CallExpression' && value.firstChild?.name === 'VariableName') {
      const callee = this.text(value.firstChild.from, value.firstChild.to);
      const args = value.getChild('ArgList');
      // `dict(other)` copies a mapping; `dict()` or `set()` starts a table or a set.
      const empty = !args || args.to - args.from <= 2;
      kind = callee === 'dict' && empty ? 'dict' : (callee === 'set' || callee === 'frozenset') ? 'set' : '';
    }
    // `{}` or `dict()` starts empty: only reading it makes it a table; one written with entries
    // and then filled by key (`HANDLERS[kind] = fn`) is a registry.
    if (kind === 'dict' && (value.name === 'CallExpression' || value.to - value.from <= 2 || !value.getChild(':') && value.name === 'DictionaryExpression')) kind = 'empty';
    const name = kind ? this.structureName(target) : undefined;
    if (name) this.add([`${FACT_DS_DEF}${kind}:${name}`], node.from);
  }

  /** A plain or dotted name (`table`, `self._handlers`), as written without spaces. */
  private structureName(node: SyntaxNode): string | undefined {
    if (node.name !== 'VariableName' && node.name !== 'MemberExpression') return undefined;
    if (node.to - node.from > 80) return undefined;
    const text = this.text(node.from, node.to);
    // `self._handlers` in a method is `_handlers` of the class body.
    return DOTTED.test(text) ? text.replace(/\s+/g, '').replace(/^(?:self|cls)\./, '') : undefined;
  }

  /** A name looked up, tested or filled as a table. */
  private structureUse(node: SyntaxNode, write = false): void {
    const name = this.structureName(node);
    if (name) this.add([(write ? FACT_DS_WRITE : FACT_DS_USE) + name], node.from);
  }

  /** `table[key]` with a computed key; `{"http": "https"}[scheme]` looks up a literal table at once. */
  private subscript(node: SyntaxNode): void {
    const object = node.firstChild;
    const key = node.getChild('[')?.nextSibling;
    if (object && key?.name === 'String' && /^os\s*\.\s*environ$/.test(this.text(object.from, Math.min(object.to, object.from + 20))) && SECRET_NAME.test(this.text(key.from, Math.min(key.to, key.from + 80)))) {
      this.add(['security'], node.from, l10n.t('a secret read from the environment'));
    }
    if (!object || !key || LITERAL_KEYS.has(key.name) || key.name === ']') return;
    // `self._cache[key] = value`, `memo[n] = result`: a result kept by its key so it is not computed again.
    const stored = node.parent?.name === 'AssignStatement' && node.parent.firstChild?.from === node.from;
    if (stored && !this.isTestFile && object.to - object.from < 60 && /(?:^|[._])(?:cache|cached|memo|memoized|memoised)(?:_\w*)?$/i.test(this.text(object.from, object.to))) this.add(['caching'], node.from, l10n.t('a result kept by its key (a hand-written cache)'));
    if (DICT_VALUES.has(object.name)) this.add(['data-structures'], node.from, l10n.t('a dict as a lookup table'));
    // Filling a dict by key (`config[key] = value`) is not yet using it as a table: reading it is.
    else this.structureUse(object, node.parent?.name === 'AssignStatement' && node.parent.firstChild?.from === node.from);
  }

  private slotsAssignment(node: SyntaxNode): void {
    const target = node.firstChild;
    if (target?.name === 'VariableName' && this.text(target.from, target.to) === '__slots__') this.add(DUNDER_METHODS.__slots__, node.from, l10n.t('`__slots__`'));
  }

  /** Reports the file's events; names resolve against the file's imports (which may come later). */
  /** A notebook's names imported by the cells before this one (and, after the walk, this one's
   *  too): `np.memmap` in a later cell resolves through the first cell's `import numpy as np`. */
  sharedBindings?: Map<string, string>;

  private replay(root: readonly Event[]): void {
    const bindings = new Map<string, string>(this.sharedBindings ?? []);
    const refs: { name: string; at: number; always: boolean }[] = [];
    const calls: { name: string; at: number }[] = [];
    const imports: { skills: readonly string[]; local: string; at: number; reason: string }[] = [];
    // Only imported names' uses matter (an import counts where it is used): found first, so the
    // walk over every statement's events counts nothing else.
    const imported = new Set<string>();
    const findImports = (events: readonly Event[]) => {
      for (const e of events) {
        if (e.kind === Kind.Import) imported.add(e.name);
        else if (e.kind === Kind.Sub) findImports(e.events!);
      }
    };
    findImports(root);
    const facts = new Map<string, number>();
    let controls = 0;
    let awaits = 0;
    /** In how many statements each name is used. */
    const uses = new Map<string, number>();
    /** Names used only incidentally in some statement (random values, a shape's size, a value handed on). */
    const incidental = new Set<string>();
    const routes: { at: number; reason: string }[] = [];
    const visit = (events: readonly Event[], base: number) => {
      for (const e of events) {
        const kind = e.kind;
        if (kind === Kind.Add) {
          const first = e.skills![0]!;
          if (first.charCodeAt(0) === 35 /* # */) {
            if (first === FACT_CONTROL) controls++;
            if (first === FACT_AWAIT) awaits++;
            if (first === FACT_ROUTE) routes.push({ at: base + e.at, reason: e.value });
            if (!facts.has(first)) facts.set(first, base + e.at);
          }
          else this.out.add(e.skills!, base + e.at, e.value || undefined);
        } else if (kind === Kind.Use) {
          if (!imported.has(e.name)) continue;
          if (e.value === USE_INCIDENTAL) incidental.add(e.name);
          else uses.set(e.name, (uses.get(e.name) ?? 0) + 1);
        }
        else if (kind === Kind.Import) imports.push({ skills: e.skills!, local: e.name, at: base + e.at, reason: e.value });
        else if (kind === Kind.Sub) visit(e.events!, base + e.at);
        else if (kind === Kind.Bind) bindings.set(e.name, e.value);
        else if (kind === Kind.Ref) refs.push({ name: e.name, at: base + e.at, always: e.value === 'always' });
        else calls.push({ name: e.name, at: base + e.at });
      }
    };
    visit(root, 0);
    // An import counts where what it binds is used (a star import: anywhere).
    for (const i of imports) {
      if (i.skills[0] === FACT_CHORE) {
        if (uses.has(i.local) && !facts.has(FACT_CHORE)) facts.set(FACT_CHORE, i.at);
        continue;
      }
      // NumPy or pandas used in one statement (a value converted for another library) is no work
      // with arrays or frames (the standard): they take two.
      const arrays = i.skills.some((id) => id === 'numpy' || id === 'pandas');
      const charts = i.skills.includes('matplotlib');
      const counts = typeof this.importsCount === 'object' ? this.importsCount : undefined;
      const inNotebook = counts ? counts.get(i.local) ?? 0 : undefined;
      // (In a notebook pandas takes one use: the work goes on through the frames it made; NumPy two,
      // as in a file: one converted value is no work with arrays.)
      const enough = inNotebook !== undefined ? !i.skills.includes('numpy') || inNotebook >= 2 : !arrays || this.importsCount !== false || (uses.get(i.local) ?? 0) >= 2;
      const usedAside = counts ? counts.has(INCIDENTAL_PREFIX + i.local) : incidental.has(i.local);
      // Matplotlib only configured (`plt.rc(…)`, a style) where the charts are drawn by pandas' `.plot()`.
      const drawnElsewhere = charts && usedAside && !!counts && CHART_CALLS.some((name) => counts.has(name));
      const isUsed = i.local === '*' || drawnElsewhere || (inNotebook !== undefined ? inNotebook > 0 : this.importsCount || uses.has(i.local));
      if (enough && isUsed) this.out.add(i.skills, i.at, i.reason || undefined);
      // Used only to draw random values, size a shape or hand a value on: no work with arrays.
      else if (arrays && (isUsed || usedAside)) this.out.mention(i.skills, i.at, l10n.t('{0}, no work with arrays here', i.reason || i.local));
      // Only configured (a style, `rc` settings): no chart drawn.
      else if (charts && usedAside) this.out.mention(i.skills, i.at, l10n.t('{0}, no chart drawn here', i.reason || i.local));
      // Imported and never used here: a hint, shown as a mention and never offered (the standard).
      else if (!usedAside) this.out.mention(i.skills, i.at, l10n.t('{0}, not used in this file', i.reason || i.local));
      else this.out.add(i.skills, i.at, i.reason || undefined);
    }
    if (awaits >= MIN_AWAITS) {
      this.out.add(['asyncio'], facts.get(FACT_ASYNC) ?? facts.get(FACT_AWAIT)!, l10n.t('`async`'));
      this.out.add(['asyncio'], facts.get(FACT_AWAIT)!, l10n.t('`await`'));
    }
    // The environment read by a program run on its own (a main guard): a script configured from outside.
    if (facts.has(FACT_MAIN) && facts.has(FACT_ENV) && !this.isTestFile) this.out.add(['scripting'], facts.get(FACT_ENV)!, l10n.t('reads the environment'));
    if (routes.length && (facts.has(FACT_JSON) || routes.some((r) => /^`@\S+\.(?:get|post|put|patch|delete)` /.test(r.reason)))) {
      for (const r of routes) this.out.add(['rest-apis'], r.at, r.reason);
    }
    // JSON errors with their status codes, raised or returned outside a route (dependencies, handlers).
    if (facts.has(FACT_HTTP_EXCEPTION) && /^fastapi\b/.test(bindings.get('HTTPException') ?? '') && !facts.has(FACT_JSON_ERROR)) facts.set(FACT_JSON_ERROR, facts.get(FACT_HTTP_EXCEPTION)!);
    // `response = jsonify(…)` then `response.status_code = 404` (Flask's error handlers).
    if (!facts.has(FACT_JSON_ERROR) && !routes.length && facts.has(FACT_SERVES_JSON) && this.source.length < 500_000 && /\.status_code\s*=\s*[45]\d\d\b/.test(this.source)) facts.set(FACT_JSON_ERROR, facts.get(FACT_SERVES_JSON)!);
    if (facts.has(FACT_JSON_ERROR) && !this.isTestFile) this.out.add(['rest-apis'], facts.get(FACT_JSON_ERROR)!, l10n.t('a JSON error with its status code'));
    // A test calling the project's API (not answers it makes up itself).
    if (this.isTestFile && !facts.has(FACT_SERVES_JSON)) {
      if (facts.has(FACT_READS_JSON)) this.out.add(['rest-apis'], facts.get(FACT_READS_JSON)!, l10n.t('reads a JSON response'));
      if (facts.has(FACT_SENDS_JSON)) this.out.add(['rest-apis'], facts.get(FACT_SENDS_JSON)!, l10n.t('sends JSON to an API'));
    }
    for (const [key, at] of facts) {
      if (!key.startsWith(FACT_DS_DEF)) continue;
      const kind = key.slice(FACT_DS_DEF.length, key.indexOf(':', FACT_DS_DEF.length));
      const name = key.slice(FACT_DS_DEF.length + kind.length + 1);
      if (kind === 'empty' ? facts.has(FACT_DS_USE + name) : facts.has(FACT_DS_USE + name) || (kind === 'dict' && facts.has(FACT_DS_WRITE + name))) this.out.add(['data-structures'], at, kind === 'set' ? l10n.t('a set for membership tests') : l10n.t('a dict as a lookup table'));
    }
    if (facts.has(FACT_LOOP) && (controls >= 2 || facts.has(FACT_ACCUMULATE))) this.out.add(['syntax-basics'], facts.get(FACT_CONTROL)!, l10n.t('conditions and loops'));
    // Under `from __future__ import annotations` a union is a string any release since 3.7 reads.
    if (facts.has(FACT_UNION) && !facts.has(FACT_FUTURE_ANNOTATIONS)) this.out.add(['modern-python'], facts.get(FACT_UNION)!, l10n.t('a `X | Y` union in an annotation'));
    for (const e of refs) {
      const dot = e.name.indexOf('.');
      const bound = bindings.get(dot < 0 ? e.name : e.name.slice(0, dot));
      if (bound === undefined) continue;
      const qualified = bound + (dot < 0 ? '' : e.name.slice(dot));
      for (const key of matchingRules(qualified)) {
        // Already reported at the import when the import itself matches (`import numpy`, `np.array`).
        if (e.always || !isPrefixOf(key, bound)) this.out.add(this.ruleSkills(key), e.at, e.always ? `\`@${e.name}\`` : `uses \`${qualified}\``);
      }
    }
    for (const e of calls) if (!bindings.has(e.name)) this.out.add(BUILTIN_CALLS[e.name], e.at, `\`${e.name}()\``);
    // Weak idioms (f-strings, `setdefault`, `.get(k, default)`, unpacking in a `for`) count beside a
    // strong one, or two kinds together: one alone is no habit (the standard: one f-string in a
    // file of index loops).
    const weak = [...facts].filter(([k]) => k.startsWith(FACT_WEAK_IDIOM));
    if (weak.length >= 2 || (weak.length && this.out.reasonsOf('pythonic-idioms').size)) {
      const said = WEAK_IDIOM_REASONS();
      for (const [k, at] of weak) this.out.add(['pythonic-idioms'], at, said[k.slice(FACT_WEAK_IDIOM.length)]);
    }
    // A program (run on its own: a main guard or calls at module level) that loops over a chore's
    // work (running programs, fetching, uploading, mailing): a chore automated end to end.
    // (Calls at module level in a module of classes register things; a script's run its job.)
    const program = facts.has(FACT_MAIN) || (facts.has(FACT_TOP_CALL) && !facts.has(FACT_CLASS));
    const chore = facts.has(FACT_CHORE);
    if (program && chore && facts.has(FACT_LOOP) && !this.isTestFile && !this.isMigration) {
      this.out.add(['automation-scripting'], facts.get(FACT_LOOP)!, l10n.t('a script that loops over a chore'));
    }
    if (this.sharedBindings) for (const [local, qualified] of bindings) this.sharedBindings.set(local, qualified);
  }
}

/** Detects skills in one Python source (a file or a notebook cell). */
export function detectInTree(tree: Tree, source: string, out: Collector, fileName?: string, cache?: StatementCache, importsCount: ImportsCount = false, ownModules?: ReadonlySet<string>, sharedBindings?: Map<string, string>): void {
  const walker = new PythonWalker(source, out, fileName, cache, importsCount, ownModules);
  walker.sharedBindings = sharedBindings;
  walker.walk(tree);
}

/** Why a text is not read before any parsing, or undefined when it may be. */
export function tooLongToRead(source: string): TooCostly | undefined {
  if (source.length > MAX_PYTHON) return { tooCostly: `it is ${Math.round(source.length / 1000)} KB of Python (at most ${MAX_PYTHON / 1000} KB are read)` };
  const shape = textShape(source);
  if (shape.longestStatement > MAX_STATEMENT) return { tooCostly: `one statement in it is ${Math.round(shape.longestStatement / 1000)} KB long (at most ${MAX_STATEMENT / 1000} KB are read)` };
  if (shape.deepestBrackets > MAX_NESTING) return { tooCostly: `brackets in it are nested ${shape.deepestBrackets} deep (at most ${MAX_NESTING} are read)` };
  if (shape.longestChain > MAX_CHAIN) return { tooCostly: `an expression in it chains ${shape.longestChain} operators (at most ${MAX_CHAIN} are read)` };
  return undefined;
}

const overBudget = (budgetMs: number): TooCostly => ({ tooCostly: `reading it took over ${budgetMs} ms of the extension host` });

/** Parses and walks at once, giving up once `budgetMs` have gone: a synchronous read that can't
 *  hold its host for longer (the hover, a notebook cell, a cell in the scan). */
export function detectInTreeWithin(source: string, out: Collector, budgetMs: number, fileName?: string, importsCount: ImportsCount = false, ownModules?: ReadonlySet<string>, sharedBindings?: Map<string, string>): true | TooCostly {
  const early = tooLongToRead(source);
  if (early) return early;
  const t0 = performance.now();
  const parse = parser.startParse(source);
  let tree: Tree | null;
  while (!(tree = parse.advance())) if (performance.now() - t0 > budgetMs) return overBudget(budgetMs);
  const walker = new PythonWalker(source, out, fileName, undefined, importsCount, ownModules);
  walker.sharedBindings = sharedBindings;
  for (const _ of walker.steps(tree)) if (performance.now() - t0 > budgetMs) return overBudget(budgetMs);
  return true;
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
  private cache: StatementCache | undefined;
  /** Whether the last tree was kept for the next parse (false: it was too deep or too large). */
  keptTree = false;
  /** The last walk: nodes, depth, and the slices a sliced detection spread it over. */
  lastWalk = { visited: 0, deepest: 0, slices: 0 };

  /** `reuseWalks: false` walks the whole tree every time (for comparison in tests and benches). */
  constructor(private readonly fileName?: string, private readonly options: { reuseWalks?: boolean } = {}) {
    this.cache = this.newCache();
  }

  private ownModules: ReadonlySet<string> | undefined;
  /** The project's modules this file can import (see core/projectModules.ts); a new set is read from the next detection on. */
  setOwnModules(names: ReadonlySet<string> | undefined): void {
    if (sameSet(names, this.ownModules)) return;
    this.ownModules = names;
    this.reset(); // what a cached import statement showed may have changed
  }

  private newCache(): StatementCache | undefined {
    return this.options.reuseWalks === false ? undefined : new NodeWeakMap<readonly Event[]>();
  }

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
    this.cache = this.newCache();
  }

  detect(source: string): Detection[] {
    try {
      return this.finish(source, parser.parse(source, this.fragments));
    } catch {
      this.reset();
      return [];
    }
  }

  /** The same detection, synchronous but giving up once `budgetMs` have gone (the hover, the pick). */
  detectWithin(source: string, budgetMs: number): Detection[] | TooCostly {
    const early = tooLongToRead(source);
    if (early) {
      this.reset();
      return early;
    }
    try {
      const t0 = performance.now();
      const parse = parser.startParse(source, this.fragments);
      let tree: Tree | null;
      while (!(tree = parse.advance())) {
        if (performance.now() - t0 > budgetMs) {
          this.reset();
          return overBudget(budgetMs);
        }
      }
      const walk = this.start(source, tree);
      for (const _ of walk.steps) {
        if (performance.now() - t0 > budgetMs) {
          this.reset();
          return overBudget(budgetMs);
        }
      }
      return walk.results();
    } catch {
      this.reset();
      return [];
    }
  }

  /**
   * The same detection, parsing in slices of about `sliceMs` and awaiting `pause()` between them,
   * so a large or crafted file never blocks its host for long. Resolves to undefined when
   * `stale()` says a newer text has come (the work so far is dropped).
   */
  async detectSliced(source: string, opts: { sliceMs: number; pause: () => Promise<void>; stale: () => boolean; budgetMs?: number; now?: () => number }): Promise<Detection[] | undefined | TooCostly> {
    const now = opts.now ?? (() => performance.now());
    let spent = 0;
    const over = () => opts.budgetMs !== undefined && spent > opts.budgetMs;
    const giveUp = (): TooCostly => {
      this.reset();
      return overBudget(opts.budgetMs!);
    };
    const early = tooLongToRead(source);
    if (early) {
      this.reset();
      return early;
    }
    try {
      const parse = parser.startParse(source, this.fragments);
      for (;;) {
        const t0 = now();
        let tree = parse.advance();
        while (!tree && now() - t0 < opts.sliceMs) tree = parse.advance();
        spent += now() - t0;
        if (tree) {
          // The walk is spread over slices too: a deep or wide tree is as long to walk as to parse.
          const walk = this.start(source, tree);
          for (;;) {
            this.lastWalk.slices++;
            const t1 = now();
            let step = walk.steps.next();
            while (!step.done && now() - t1 < opts.sliceMs) step = walk.steps.next();
            spent += now() - t1;
            if (step.done) return walk.results();
            if (over()) return giveUp();
            await opts.pause();
            if (opts.stale()) return undefined;
          }
        }
        if (over()) return giveUp();
        await opts.pause();
        if (opts.stale()) return undefined;
      }
    } catch {
      this.reset();
      return [];
    }
  }

  private finish(source: string, tree: Tree): Detection[] {
    const walk = this.start(source, tree);
    for (const _ of walk.steps) { /* to the end */ }
    return walk.results();
  }

  private start(source: string, tree: Tree): { steps: Generator<void, void>; results(): Detection[] } {
    this.fragments = TreeFragment.addTree(tree);
    this.lastWalk = { visited: 0, deepest: 0, slices: 0 };
    const out = new Collector(new LineIndex(source));
    const walker = new PythonWalker(source, out, this.fileName, this.cache, false, this.ownModules);
    const steps = walker.steps(tree);
    return {
      steps,
      results: () => {
        // Memory held per document stays bounded: a crafted tree is dropped once read.
        this.keptTree = walker.deepest <= KEEP_TREE.depth && walker.visited <= KEEP_TREE.nodes;
        this.lastWalk = { ...this.lastWalk, visited: walker.visited, deepest: walker.deepest };
        if (!this.keptTree) this.reset();
        const found = out.results();
        if (this.fileName) found.push(...detectPythonFileName(source, this.fileName));
        // A file a tool wrote (a Django or Alembic migration, protobuf stubs) is nobody's practice:
        // what it shows stays visible as mentions, never offered (the standard).
        if (generatedFile(source)) return sortDetections(found.map((d) => ({ ...d, mention: true as const, reason: l10n.t('in a generated file') })));
        // Logins, protections and caches exercised by a test are the tested code's practice, not the
        // test's (the standard): mentions there.
        if (this.fileName && TEST_FILE.test(this.fileName)) return sortDetections(found.map((d) => (!d.mention && exercisedInTest(d) ? { ...d, mention: true as const, reason: l10n.t('{0}, in a test', d.reason ?? '') } : d)));
        return sortDetections(found);
      },
    };
  }
}

/** Whether an import counts without a use in its own source: never, always (a cell read alone), or
 *  where a notebook's lines name it (name → lines naming it, over every code cell). */
export type ImportsCount = boolean | ReadonlyMap<string, number>;

/** Markers a code generator leaves: in the header, or Alembic's around the commands it wrote. */
const GENERATED_HEADER = /^[ \t]*#[^\n]*(?:\bGenerated by (?:Django|the protocol buffer compiler)\b|\b(?:file|code|module) (?:was |is )?(?:auto-?|automatically )generated\b|\bauto-?generated by\b|\bDO NOT EDIT\b|@generated\b)/im;
const GENERATED_BODY = /#{2,3}\s*commands auto generated by Alembic/;

/** Whether a tool wrote this file (its first lines say so, or Alembic's markers are in it). */
export function generatedFile(source: string): boolean {
  // (Alembic's markers are looked for only in a file whose header names a revision: not on every keystroke of every file.)
  const head = source.slice(0, 1500);
  return GENERATED_HEADER.test(head) || (/\bRevision ID\b|\balembic\b/.test(head) && source.length < 200_000 && GENERATED_BODY.test(source))
    // Django's manage.py as `startproject` writes it (a short file: one grown by hand is the learner's).
    || (source.length < 1200 && /\bexecute_from_command_line\(sys\.argv\)/.test(source) && /\bDJANGO_SETTINGS_MODULE\b/.test(source));
}

/** A set built on the spot: `{a, b}` or `set(…)`. */
function isSetValue(node: SyntaxNode | null, text: (from: number, to: number) => string): boolean {
  if (!node) return false;
  if (node.name === 'SetExpression' || node.name === 'SetComprehensionExpression') return true;
  return node.name === 'CallExpression' && node.firstChild?.name === 'VariableName' && text(node.firstChild.from, node.firstChild.to) === 'set';
}

/** Whether a call's first argument is a URL: an http(s) string or a name that says url. */
function fromUrl(argList: SyntaxNode | null, text: (from: number, to: number) => string): boolean {
  const first = argList?.firstChild?.nextSibling;
  if (!first || first.name === ')') return false;
  const head = text(first.from, Math.min(first.to, first.from + 80));
  return /^[rbfu]*['"]{1,3}(?:https?|s3|gs|ftp):\/\//i.test(head) || ((first.name === 'VariableName' || first.name === 'MemberExpression') && /url|uri\b|link/i.test(head));
}

/** A method body that only raises NotImplementedError (after an optional docstring). */
function onlyRaisesNotImplemented(body: SyntaxNode, text: (from: number, to: number) => string): boolean {
  let raised = false;
  for (let st = body.firstChild; st; st = st.nextSibling) {
    if (st.name === ':' || st.name === 'Comment' || (st.name === 'ExpressionStatement' && st.firstChild?.name === 'String')) continue;
    if (st.name === 'RaiseStatement' && /^raise\s+NotImplementedError\b/.test(text(st.from, Math.min(st.to, st.from + 40)))) raised = true;
    else return false;
  }
  return raised;
}

/** Whether only imports (and comments) come before a statement at module level. */
function onlyImportsBefore(node: SyntaxNode): boolean {
  let n = 0;
  for (let p = node.prevSibling; p; p = p.prevSibling) {
    if (++n > 200 || (p.name !== 'ImportStatement' && p.name !== 'Comment')) return false;
  }
  return true;
}

/** A block that does nothing: `pass`, `...` or a comment. */
function onlyPasses(body: SyntaxNode): boolean {
  for (let st = body.firstChild; st; st = st.nextSibling) {
    if (st.name === ':' || st.name === 'PassStatement' || st.name === 'Comment') continue;
    if (st.name === 'ExpressionStatement' && st.firstChild?.name === 'Ellipsis') continue;
    return false;
  }
  return true;
}

function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return (a?.size ?? 0) === 0 && (b?.size ?? 0) === 0;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
