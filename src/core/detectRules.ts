// What in code counts as practising a roadmap skill: tables only, read by detect.ts.
// Module rules match an imported or referenced dotted name at a dot boundary: 'numpy' matches
// `import numpy.linalg`, 'functools.lru_cache' matches `from functools import lru_cache` and
// `@functools.lru_cache`, but `import functools` alone matches neither.

/** Dotted Python name (as imported or resolved through imports) → skill ids. */
export const MODULE_RULES: Readonly<Record<string, readonly string[]>> = {
  // Foundations
  re: ['regex'],
  regex: ['regex'],
  pathlib: ['file-io'],
  shutil: ['file-io'],
  glob: ['file-io'],
  tempfile: ['file-io'],
  aiofiles: ['file-io', 'asyncio'],
  'contextlib.contextmanager': ['context-managers', 'decorators'],
  'contextlib.asynccontextmanager': ['context-managers', 'asyncio'],
  'contextlib.ExitStack': ['context-managers'],
  'contextlib.suppress': ['context-managers', 'error-handling'],
  'functools.wraps': ['decorators'],
  abc: ['oop'],
  dataclasses: ['oop'],
  argparse: ['scripting'],
  click: ['scripting'],
  typer: ['scripting'],
  // Tools and practices
  logging: ['logging'],
  loguru: ['logging'],
  structlog: ['logging'],
  pdb: ['debugging'],
  ipdb: ['debugging'],
  pudb: ['debugging'],
  debugpy: ['debugging'],
  unittest: ['testing'],
  pytest: ['testing'],
  hypothesis: ['testing'],
  doctest: ['testing'],
  typing: ['type-hints'],
  typing_extensions: ['type-hints'],
  cProfile: ['profiling', 'performance-optimization'],
  profile: ['profiling', 'performance-optimization'],
  pstats: ['profiling', 'performance-optimization'],
  line_profiler: ['profiling', 'performance-optimization'],
  pyinstrument: ['profiling', 'performance-optimization'],
  timeit: ['profiling', 'performance-optimization'],
  // Specialisation
  django: ['django'],
  flask: ['flask'],
  fastapi: ['fastapi'],
  sqlalchemy: ['sqlalchemy'],
  sqlmodel: ['sqlalchemy'],
  numpy: ['numpy'],
  pandas: ['pandas'],
  matplotlib: ['matplotlib'],
  seaborn: ['matplotlib'],
  sklearn: ['scikit-learn'],
  torch: ['deep-learning'],
  torchvision: ['deep-learning'],
  tensorflow: ['deep-learning'],
  keras: ['deep-learning'],
  jax: ['deep-learning'],
  flax: ['deep-learning'],
  lightning: ['deep-learning'],
  pytorch_lightning: ['deep-learning'],
  transformers: ['nlp'],
  nltk: ['nlp'],
  spacy: ['nlp'],
  gensim: ['nlp'],
  airflow: ['airflow'],
  selenium: ['selenium'],
  ansible: ['ansible'],
  ansible_runner: ['ansible'],
  requests: ['rest-apis'],
  httpx: ['rest-apis'],
  aiohttp: ['rest-apis', 'asyncio'],
  'urllib.request': ['rest-apis'],
  urllib3: ['rest-apis'],
  sqlite3: ['sql'],
  aiosqlite: ['sql', 'asyncio'],
  psycopg: ['sql'],
  psycopg2: ['sql'],
  asyncpg: ['sql', 'asyncio'],
  pymysql: ['sql'],
  MySQLdb: ['sql'],
  'mysql.connector': ['sql'],
  pymongo: ['nosql'],
  motor: ['nosql', 'asyncio'],
  cassandra: ['nosql'],
  elasticsearch: ['nosql'],
  asyncio: ['asyncio'],
  trio: ['asyncio'],
  anyio: ['asyncio'],
  threading: ['threading'],
  _thread: ['threading'],
  'concurrent.futures.ThreadPoolExecutor': ['threading'],
  'multiprocessing.pool.ThreadPool': ['threading'],
  'multiprocessing.dummy': ['threading'],
  multiprocessing: ['multiprocessing'],
  'concurrent.futures.ProcessPoolExecutor': ['multiprocessing'],
  strawberry: ['graphql'],
  graphene: ['graphql'],
  ariadne: ['graphql'],
  docker: ['docker'],
  // Advanced
  redis: ['caching'],
  'functools.lru_cache': ['caching'],
  'functools.cache': ['caching'],
  'functools.cached_property': ['caching'],
  cachetools: ['caching'],
  diskcache: ['caching'],
  Cython: ['performance-optimization'],
  cython: ['performance-optimization'],
  numba: ['performance-optimization'],
  tracemalloc: ['memory-management'],
  weakref: ['memory-management'],
  gc: ['memory-management'],
  prometheus_client: ['monitoring'],
  opentelemetry: ['monitoring'],
  sentry_sdk: ['monitoring'],
  secrets: ['security'],
  hashlib: ['security'],
  hmac: ['security'],
  cryptography: ['security'],
  bcrypt: ['security'],
  'passlib': ['security'],
  jwt: ['authentication'],
  authlib: ['authentication'],
  boto3: ['cloud'],
  'google.cloud': ['cloud'],
  'azure': ['cloud'],
  kubernetes: ['kubernetes'],
};

/** Built-in functions whose call is evidence when the name is not imported from elsewhere. */
export const BUILTIN_CALLS: Readonly<Record<string, readonly string[]>> = {
  open: ['file-io'],
  breakpoint: ['debugging'],
};

/** Dunder methods whose definition is evidence. */
export const DUNDER_METHODS: Readonly<Record<string, readonly string[]>> = {
  __enter__: ['context-managers'],
  __exit__: ['context-managers'],
  __aenter__: ['context-managers', 'asyncio'],
  __aexit__: ['context-managers', 'asyncio'],
  __iter__: ['generators'],
  __next__: ['generators'],
  __slots__: ['memory-management'],
};

/**
 * Distribution names (as in pyproject, setup.cfg, Pipfile, requirements) of developer tools whose
 * presence is evidence. Libraries are recognised where they are imported, not where listed.
 */
export const TOOL_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  pytest: ['testing'],
  'pytest-cov': ['testing'],
  'pytest-asyncio': ['testing'],
  'pytest-mock': ['testing'],
  coverage: ['testing'],
  tox: ['testing'],
  nox: ['testing'],
  hypothesis: ['testing'],
  black: ['linting-formatting'],
  ruff: ['linting-formatting'],
  flake8: ['linting-formatting'],
  isort: ['linting-formatting'],
  pylint: ['linting-formatting'],
  autopep8: ['linting-formatting'],
  yapf: ['linting-formatting'],
  'pre-commit': ['linting-formatting'],
  mypy: ['type-hints'],
  pyright: ['type-hints'],
  'types-requests': ['type-hints'],
};

/**
 * Tool configuration tables in pyproject.toml / setup.cfg / tox.ini and their stand-alone files.
 * Keys are section names with the prefixes `tool.` / `tool:` removed and lower-cased.
 */
export const TOOL_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  black: ['linting-formatting'],
  ruff: ['linting-formatting'],
  flake8: ['linting-formatting'],
  isort: ['linting-formatting'],
  pylint: ['linting-formatting'],
  pycodestyle: ['linting-formatting'],
  pydocstyle: ['linting-formatting'],
  autopep8: ['linting-formatting'],
  yapf: ['linting-formatting'],
  mypy: ['type-hints'],
  pyright: ['type-hints'],
  pytype: ['type-hints'],
  pytest: ['testing'],
  'pytest.ini_options': ['testing'],
  coverage: ['testing'],
  tox: ['testing'],
  testenv: ['testing'],
};

/** Stand-alone tool configuration files (base name, lower-case) → skill ids. */
export const TOOL_FILES: Readonly<Record<string, readonly string[]>> = {
  '.flake8': ['linting-formatting'],
  '.pylintrc': ['linting-formatting'],
  'pylintrc': ['linting-formatting'],
  '.isort.cfg': ['linting-formatting'],
  'ruff.toml': ['linting-formatting'],
  '.ruff.toml': ['linting-formatting'],
  '.pre-commit-config.yaml': ['linting-formatting'],
  '.pre-commit-config.yml': ['linting-formatting'],
  'mypy.ini': ['type-hints'],
  '.mypy.ini': ['type-hints'],
  'pyrightconfig.json': ['type-hints'],
  'pytest.ini': ['testing'],
  '.coveragerc': ['testing'],
  'conftest.py': ['testing'],
  'noxfile.py': ['testing'],
};

/** Lock and requirement files (base name, lower-case): dependency management by their presence. */
export const DEPENDENCY_FILES: ReadonlySet<string> = new Set([
  'pyproject.toml', 'setup.cfg', 'setup.py', 'pipfile', 'pipfile.lock', 'poetry.lock', 'uv.lock', 'pdm.lock',
  'requirements.txt', 'requirements-dev.txt', 'dev-requirements.txt', 'requirements.in', 'environment.yml', 'environment.yaml',
]);

/** CI configuration files (base name, lower-case), besides `.github/workflows/*.yml`. */
export const CI_FILES: ReadonlySet<string> = new Set([
  '.gitlab-ci.yml', '.travis.yml', 'jenkinsfile', 'azure-pipelines.yml', 'bitbucket-pipelines.yml',
  '.drone.yml', 'appveyor.yml', '.appveyor.yml', 'cloudbuild.yaml', 'cloudbuild.yml', 'buildspec.yml',
]);
