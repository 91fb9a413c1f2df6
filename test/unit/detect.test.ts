import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  detectSkills, detectNotebook, groupBySkill, maskNotebookMagics, IncrementalPythonDetector, longestStatement, MAX_STATEMENT, detectCell, notebookCells, notebookNameUses,
} from '../../src/core/detect';
import { fileKind, toChangedRanges, TOOL_FILES } from '../../src/core/detect/fileKind';
import { BUILTIN_CALLS, DUNDER_METHODS, MODULE_RULES, TOOL_PACKAGES, TOOL_SECTIONS } from '../../src/core/detect/rules';
import { allSkills } from '../../src/core/roadmap';
import { shippedRoadmap } from './fixtures';

/** Lines of a snippet marked with `#<` (a comment, so it never counts itself) are where the skill must be seen. */
function expectedLines(src: string): number[] {
  return src.split('\n').flatMap((l, i) => (l.includes('#<') ? [i + 1] : []));
}

/** Lines where a skill is shown (offered); mentions are checked on their own. */
function linesOf(src: string, skill: string, fileName?: string): number[] {
  return detectSkills(src, fileName).filter((d) => d.skillId === skill && !d.mention).map((d) => d.line);
}

type Case = { skill: string; yes: string[]; no: string[] };

// Every "no" snippet talks about the skill in a comment, a string, a docstring or an identifier,
// or is broken code around the word; none may count.
const CASES: Case[] = [
  {
    skill: 'decorators',
    yes: [
      '@property #<\ndef name(self): return 1',
      'import functools\ndef timed(fn): #<\n    @functools.wraps(fn) #<\n    def wrapper(*a, **k):\n        return fn(*a, **k)\n    return wrapper',
      'class A:\n    @staticmethod #<\n    def f(): pass',
    ],
    no: ['# TODO: use a decorator here\nx = 1', 's = "@property"', 'decorator = 3\ndef make_decorator(): return decorator', 'def f(fn):\n    def g(): pass\n    return fn'],
  },
  {
    skill: 'generators',
    yes: ['def count():\n    yield 1 #<', 'def chain(a):\n    yield from a #<', 'def co():\n    x = yield #<\n', 'class It:\n    def __iter__(self): return self\n    def __next__(self): #<\n        raise StopIteration', 'def pairs(xs):\n    with open(xs) as f:\n        for line in f:\n            yield line #<\n        yield None #<'],
    no: [
      'class Bag:\n    def __iter__(self):\n        return iter(self.items)', 'async def cleanup(app):\n    app["db"] = await connect()\n    yield\n    await app["db"].close()', 'def yield_curve(rates): return rates', '"""Yields nothing."""\nx = "yield 1"', '# yield from here later\nx = 2', 'yield_ = 5\nprint(yield_)',
      // A generator expression is a comprehension; setup and teardown around one yield is not a generator.
      'squares = (n * n for n in xs)', 'total = sum(n for n in xs)',
      'from contextlib import contextmanager\n@contextmanager\ndef opened(p):\n    f = open(p)\n    yield f\n    f.close()',
      'import pytest\n@pytest.fixture\ndef client():\n    c = make()\n    yield c\n    c.close()',
      'def get_db():\n    with Session(engine) as session:\n        yield session',
      'def get_conn():\n    conn = connect()\n    try:\n        yield conn\n    finally:\n        conn.close()',
    ],
  },
  {
    skill: 'context-managers',
    yes: [
      'with open("f") as fh: #<\n    pass',
      'class Res:\n    def __enter__(self): return self #<\n    def __exit__(self, *a): pass #<',
      'from contextlib import contextmanager #<\n@contextmanager #<\ndef tmp():\n    yield',
      'import contextlib\n@contextlib.contextmanager #<\ndef tmp():\n    yield',
    ],
    no: ['# with statements are next\nwithin = 1', 's = "with open(x) as f"', 'def enter(self): pass'],
  },
  {
    skill: 'metaclasses',
    yes: ['class Meta(type): #<\n    pass', 'class A(Base, metaclass=Meta): #<\n    pass'],
    no: ['metaclass = type\nprint(metaclass)', '# class A(metaclass=M)\nclass A: pass', 'class A(Base): pass', 't = type(x)'],
  },
  {
    skill: 'comprehensions',
    yes: ['xs = [i * 2 for i in range(9)] #<', 'd = {k: v for k, v in pairs} #<', 's = {c for c in "abc"} #<', 'total = sum(x for x in xs) #<'],
    no: ['xs = [1, 2, 3]\nfor i in xs: print(i)', 's = "[i for i in x]"', 'comprehension = {"a": 1}'],
  },
  {
    skill: 'lambda-functions',
    yes: ['key = lambda item: item[1] #<', 'sorted(xs, key=lambda p: p.age) #<'],
    no: ['lambda_ = 1', '# lambda x: x\nx = 1', 'doc = "lambda: 0"'],
  },
  {
    skill: 'oop',
    yes: ['class Animal: #<\n    def speak(self): return self.sound', 'class Dog(Animal): #<\n    def speak(self): return f"{self.name}: woof"', 'from dataclasses import dataclass\n@dataclass\nclass P: #<\n    x: int\n    def norm(self): return abs(self.x)'],
    no: [
      // State and behaviour together (the evidence standard): a bare subclass or a method that
      // touches nothing of its own is not object-oriented design.
      'class Dog(Animal):\n    pass', 'class Animal:\n    def speak(self): ...',
      'klass = "class Dog(Animal):"', '# class Foo:\nclass_name = 1',
      // Record shapes, and a dataclass with fields only (generated migrations: see project files).
      'from typing import TypedDict\nclass Point(TypedDict):\n    x: int',
      'from typing import NamedTuple\nclass Point(NamedTuple):\n    x: int',
      'from dataclasses import dataclass\n@dataclass\nclass EmailData:\n    subject: str',
    ],
  },
  {
    skill: 'error-handling',
    yes: [
      'try:\n    risky()\nexcept ValueError as e: #<\n    print(e)',
      'try:\n    risky()\nexcept OSError as e: #<\n    raise AppError("could not read") from e #<',
      'def f(x):\n    if x < 0:\n        raise ValueError("neg") #<',
      'class QuotaExceeded(Exception): #<\n    pass',
      'class BadInput(ValueError): #<\n    pass',
    ],
    // Hiding errors, a stub, a bare re-raise of nothing, a response raised: not failure dealt with (the standard).
    no: ['error = "try: except:"', '# raise ValueError later\nx = 0', 'def raise_alarm(): pass', 'class Errorless: pass',
      'try:\n    risky()\nexcept:\n    pass', 'try:\n    risky()\nexcept ValueError:\n    pass', 'def f():\n    raise NotImplementedError()', 'def f():\n    raise NotImplementedError("subclasses do")',
      'try:\n    risky()\nfinally:\n    close()', 'raise redirect(router, "index")'],
  },
  {
    skill: 'type-hints',
    yes: ['def add(a: int, b: int) -> int: #<\n    return a + b', 'count: int = 0 #<', 'from typing import Optional #<\nOptional()', 'type Vector = list[float] #<'],
    no: ['def add(a, b):\n    return a + b', 'hint = "x: int"', '# def f(x: int) -> int\npass'],
  },
  {
    skill: 'asyncio',
    yes: ['async def fetch(): #<\n    await sleep(1) #<\n    await sleep(2)', 'import asyncio #<\nasyncio.run(main())', 'async def f(): #<\n    async with lock: #<\n        await q.get()', 'async def g(): #<\n    async for x in aiter(): #<\n        await put(x)'],
    // An `async def` that awaits nothing, or awaits once, is no concurrent I/O (the standard).
    no: ['s = "use async"', 'async_mode = True\nawaiting = []', '# async def later\nx = 1', 'from . import asyncio_helpers', 'async def home(request):\n    return Response("hi")', 'async def home(request):\n    return await render(request)'],
  },
  {
    skill: 'regex',
    yes: ['import re #<\nre.match(r"a", s)', 'from re import compile #<\ncompile()'],
    no: ['# import re\npattern = "a+"', 'regexp = "import re"', 'from .re import x', 'import requests'],
  },
  {
    skill: 'file-io',
    yes: ['with open("data.txt") as f: #<\n    f.read()', 'from pathlib import Path\nPath("x").read_text() #<', 'data = open(path).read() #<', 'import os\nfor root, dirs, files in os.walk(p): #<\n    pass', 'import json\njson.dump(rows, fh) #<', 'import pandas as pd\ndf = pd.read_csv("data/train.csv") #<'],
    // A path built or tested is not a file read (the standard); nor a temporary folder, nor CSV parsed from a string.
    no: ['s = "open(file)"', '# open("x")\nx = 1', 'door.open()', 'from os import open\nopen("x", 0)', 'import os\nif os.path.exists(p):\n    pass', 'from pathlib import Path\nHERE = Path(__file__).parent', 'import os\nx = os.path.join("a", "b")', 'import json\nrows = json.loads(text)', 'import os\nos.makedirs(OUT, exist_ok=True)', 'import pandas as pd\ndf = pd.read_csv("https://example.org/data.csv")', 'import pandas as pd\ndf = pd.read_csv(data_url, sep=";")'],
  },
  { skill: 'logging', yes: ['import logging #<\nlog = logging.getLogger(__name__)', 'from loguru import logger #<\nlogger()'], no: ['logging = "import logging"', '# import logging\nx = 1', 'def logging_setup(): pass'] },
  {
    skill: 'debugging',
    yes: ['import pdb; pdb.set_trace() #<', 'def f():\n    breakpoint() #<'],
    no: ['# breakpoint()\nx = 1', 's = "import pdb"', 'breakpoints = []'],
  },
  {
    skill: 'testing',
    yes: ['import pytest #<\n@pytest.fixture #<\ndef db(): ...', 'import unittest #<\nclass T(unittest.TestCase): #<\n    pass', 'from unittest import mock #<\nmock()'],
    no: ['# import pytest\nx = 1', 'testing = "pytest"', 'def test_helper(): pass'],
  },
  {
    skill: 'threading',
    yes: ['import threading #<\nthreading.run()', 'from concurrent.futures import ThreadPoolExecutor #<\nThreadPoolExecutor()', 'import concurrent.futures\nwith concurrent.futures.ThreadPoolExecutor() as ex: #<\n    pass'],
    no: ['# threading would help\nx = 1', 's = "import threading"', 'import concurrent.futures\nconcurrent.futures.wait(fs)'],
  },
  {
    skill: 'multiprocessing',
    yes: ['import multiprocessing as mp #<\nmp.Pool(4)', 'from concurrent.futures import ProcessPoolExecutor #<\nProcessPoolExecutor()', 'from concurrent import futures\npool = futures.ProcessPoolExecutor(4) #<'],
    no: ['multiprocessing = False', '"""Uses multiprocessing."""', 'from concurrent.futures import ThreadPoolExecutor'],
  },
  { skill: 'django', yes: ['from django.db import models #<\nclass P(models.Model):\n    pass', 'from rest_framework import serializers #<\nserializers()'], no: ['framework = "django"', '# from django import x'] },
  { skill: 'flask', yes: ['from flask import Flask #<\napp = Flask(__name__)'], no: ['flask = "full"', '# import flask'] },
  { skill: 'fastapi', yes: ['from fastapi import FastAPI #<\nFastAPI()'], no: ['fastapi = 1'] },
  { skill: 'sqlalchemy', yes: ['from sqlalchemy.orm import Session #<\nSession()', 'import sqlalchemy as sa #<\nsa.run()'], no: ['sqlalchemy_url = ""'] },
  // Used in one statement only (a value converted for another library), NumPy or pandas is no work with arrays or frames.
  { skill: 'numpy', yes: ['import numpy as np #<\na = np.zeros(3)\nb = np.ones(3)'], no: ['numpy = "np"', '# import numpy as np', 'import numpy as np\nplot(np.float32(x))',
    // Random inputs drawn, a shape's size, a value made for another library: no work with arrays (the standard).
    'import numpy as np\nimport torch\nz = torch.tensor(np.random.normal(0, 1, (4, 8)))\nlayer = torch.nn.Linear(int(np.prod(shape)), 2)\nif np.random.random() < 0.5:\n    pass',
    'import numpy as np\nfrom PIL import Image\nimg = Image.fromarray(np.array(img)[:, ::-1])\nfake = Tensor(np.ones(d.shape))'] },
  { skill: 'numpy', yes: ['import numpy as np #<\nimport torch\nz = torch.tensor(np.random.normal(0, 1, (4, 8)))\na = np.arange(10).reshape(2, 5)\nb = np.concatenate([a, a])'], no: [] },
  { skill: 'pandas', yes: ['import pandas as pd #<\ndf = pd.read_csv(p)\nprint(pd.concat([df, df]))'], no: ['pandas = ["panda"]', 'import pandas as pd\npd.DataFrame(rows).to_csv("out.csv")'] },
  // Only configured (a figure size, a style): no chart drawn (the standard).
  { skill: 'matplotlib', yes: ['import matplotlib.pyplot as plt #<\nplt.run()', 'from matplotlib import pyplot #<\npyplot()', 'import matplotlib.pyplot as plt #<\nplt.style.use("ggplot")\nplt.plot(xs)'], no: ['plt = "matplotlib"', 'import matplotlib.pyplot as plt\nplt.rc("figure", figsize=(10, 6))\nplt.style.use("ggplot")'] },
  { skill: 'scikit-learn', yes: ['from sklearn.linear_model import LinearRegression #<\nLinearRegression()'], no: ['sklearn = None'] },
  { skill: 'deep-learning', yes: ['import torch #<\ntorch.run()', 'import tensorflow as tf #<\ntf.run()', 'from keras import layers #<\nlayers()', 'import jax.numpy as jnp #<\njnp.run()'], no: ['torch = "light"', '# import torch'] },
  { skill: 'nlp', yes: ['from transformers import pipeline #<\npipeline()', 'import spacy #<\nspacy.run()'], no: ['transformers = []'] },
  { skill: 'airflow', yes: ['from airflow import DAG #<\nDAG()'], no: ['airflow = 3'] },
  { skill: 'selenium', yes: ['from selenium import webdriver #<\nwebdriver()'], no: ['selenium = "Se"'] },
  // A client reading or sending JSON; fetching a file over HTTP is not REST API work (the standard).
  { skill: 'rest-apis', yes: ['import requests\ndata = requests.get(url).json() #<', 'import httpx\nhttpx.post(url, json={"a": 1}) #<'], no: ['requests = []\nrequests.append(1)', '# import requests', 'import aiohttp', 'from aiohttp import web', 'import requests\nopen("f", "wb").write(requests.get(url).content)', 'from aiohttp import ClientSession\nClientSession()'] },
  { skill: 'sql', yes: ['import sqlite3 #<\nsqlite3.run()', 'import psycopg2 #<\npsycopg2.run()', 'import mysql.connector #<\nmysql.run()', 'import psycopg #<\npsycopg.run()'], no: ['query = "SELECT * FROM t"', 'sqlite3 = None'] },
  { skill: 'nosql', yes: ['from pymongo import MongoClient #<\nMongoClient()', 'import motor.motor_asyncio #<\nmotor.run()'], no: ['mongo = "pymongo"'] },
  {
    skill: 'caching',
    yes: ['import redis #<\nredis.run()', 'from functools import lru_cache #<\n@lru_cache #<\ndef f(): pass', 'import functools\n@functools.cache #<\ndef g(): pass'],
    no: ['import functools\nfunctools.reduce(f, xs)', 'cache = {}\ncache["a"] = 1', '# @lru_cache\ndef f(): pass'],
  },
  {
    skill: 'performance-optimization',
    yes: ['import cProfile #<\ncProfile.run()', 'import timeit #<\ntimeit.run()', 'from numba import njit #<\nnjit()', 'import Cython #<\nCython.run()'],
    no: ['timeit_result = 3', '# python -m cProfile'],
  },
  { skill: 'graphql', yes: ['import strawberry #<\nstrawberry.run()', 'import graphene #<\ngraphene.run()'], no: ['graphql = "query { a }"'] },
  { skill: 'monitoring', yes: ['from prometheus_client import Counter #<\nCounter()'], no: ['prometheus = 1'] },
  { skill: 'security', yes: ['import secrets #<\nsecrets.run()', 'from hashlib import pbkdf2_hmac #<\npbkdf2_hmac()', 'from cryptography.fernet import Fernet #<\nFernet()', 'SESSION_COOKIE_SECURE = True #<', 'from pwdlib import PasswordHash #<\nPasswordHash()', 'from flask_sslify import SSLify #<\nSSLify(app)', 'from django.utils.http import url_has_allowed_host_and_scheme #<\nok = url_has_allowed_host_and_scheme(nxt, allowed_hosts={host})', 's3.Bucket(self, "b", block_public_access=s3.BlockPublicAccess.BLOCK_ALL, enforce_ssl=True) #<'], no: ['secrets = {"a": 1}\nprint(secrets["a"])', 'password = "hashlib"', 'import hashlib\nh = hashlib.md5(email.encode()).hexdigest()', 'def f():\n    CSRF_COOKIE_SECURE = True', 'SESSION_COOKIE_SECURE = False', 's3.Bucket(self, "b", encryption=None)'] },
  {
    skill: 'functions-modules',
    yes: [
      'def area(w, h=1): #<\n    return w * h', 'def log(*args, **kwargs): #<\n    print(*args)', 'def total(items): #<\n    return sum(items)',
      'from . import models #<\nmodels.Item()', 'from .utils import slugify #<\nslugify(title)',
    ],
    // A guard alone, or a relative import nothing uses (an __init__.py re-export), shows no functions.
    no: ['if __name__ == "__main__":\n    main()', 'from .utils import slugify', 'def main():\n    print("hi")', 'class A:\n    def f(self):\n        return 1', 'def run(x):\n    print(x)', 'x = "from . import y"', 'if name == "__main__":\n    pass', 'class Stack(Base):\n    def __init__(self, scope, id, **kwargs):\n        super().__init__(scope, id, **kwargs)'],
  },
  {
    skill: 'rest-apis',
    yes: ['@router.get("/items/{id}") #<\ndef read(id): ...', "@app.route('/api/items') #<\ndef items():\n    return jsonify(ITEMS)", '@routes.post("/login") #<\nasync def login(request): ...'],
    // An HTML page or form route is not an API's (the standard).
    no: ['@app.get("config")\ndef f(): ...', '@cache.get\ndef f(): ...', '@property\ndef get(self): ...', 'd.get("/path")', "@app.route('/', methods=['GET', 'POST'])\ndef index():\n    return render_template('index.html')"],
  },
  {
    skill: 'technical-writing',
    yes: [
      'def area(w, h):\n    """Area of a rectangle. #<\n\n    Args:\n        w: width\n    """\n    return w * h',
      '"""Tools for the nightly export. #<\n\nRuns after the backup, reads the queue,\nwrites one CSV per customer and\nmails a summary.\n"""\nimport os',
      'class Cache:\n    """A small LRU cache. #<\n\n    >>> Cache(2).get(1)\n    """',
    ],
    no: ['def f():\n    """Return x.\n\n    Only x.\n    """\n    return 1', 'x = 1\n"""Not a docstring,\nafter code,\nover four\nlines."""', 'def f():\n    # Args:\n    #   nothing\n    return 1', 'def encrypt(s):\n    """\n    >>> encrypt("abc")\n    \'zyx\'\n    >>> encrypt("")\n    \'\'\n    """\n    return s[::-1]',
      // A header of who, where and under which licence is a form filled in, not an explanation.
      '"""\n    :author: Ann Lee\n    :url: https://example.org\n    :copyright: © 2018 Ann Lee\n    :license: MIT, see LICENSE for more details.\n"""\nimport os',
      '"""\nCreated on Mon Mar 4 2019\n\n@author: ann\nCopyright (c) 2019 Ann Lee. All rights reserved.\nSPDX-License-Identifier: MIT\n"""\nimport os'],
  },
  {
    skill: 'pythonic-idioms',
    yes: [
      'for i, x in enumerate(xs): #<\n    print(i)', 'pairs = list(zip(a, b)) #<', 'try:\n    v = cache[k]\nexcept KeyError: #<\n    v = None', 'if (n := len(a)) > 3: #<\n    pass', 'ok = all(x > 0 for x in xs) #<',
      'port = options.get("port", 8080) #<\nfor key, value in pairs: #<\n    pass', 'for key, value in pairs: #<\n    print(f"{key}") #<', 'groups.setdefault(k, []).append(v) #<\nmsg = f"{n} items" #<',
      'for i, x in enumerate(xs): #<\n    print(f"{i}: {x}") #<',
    ],
    // One f-string, one setdefault, one `.get(k, default)` or one unpacking `for` is no idiom on its
    // own (the evidence standard); nor a keyword `get`, nor a model fetched by its class.
    no: ['enumerate = 3', '"zip(a, b)"', '# enumerate(xs)\nx = 1', 'msg = f"{n} items"', 'groups.setdefault(k, []).append(v)', 'r = requests.get(url, timeout=5)',
      'port = options.get("port", 8080)', 'for key, value in pairs:\n    pass', 'item = session.get(Item, id)\nfor a, b in pairs:\n    pass'],
  },
  {
    skill: 'data-structures',
    yes: ['from collections import deque #<\ndeque()', 'import heapq #<\nheapq.run()', 'from typing import NamedTuple\nclass P(NamedTuple): #<\n    x: int'],
    no: ['deque = []', '"import heapq"', 'import collections.abc'],
  },
  {
    skill: 'automation-scripting',
    yes: ['import fabric #<\nfabric.run()', 'import paramiko #<\nparamiko.run()', 'from django.core.management.base import BaseCommand\nclass Command(BaseCommand): #<\n    pass', 'import schedule #<\nschedule.run()'],
    // subprocess and shutil are scripting (they run a pager, find an executable); a chore automated needs more.
    no: ['subprocess = None', '# use shutil.copy\nx = 1', 'import subprocess', 'import shutil'],
  },
  {
    skill: 'scripting',
    yes: ['import argparse #<\nargparse.run()', 'import sys\nif len(sys.argv) < 2: #<\n    sys.exit("usage: tool FILE") #<',
      'import os\ndef main():\n    run(os.environ["TARGET"]) #<\nif __name__ == "__main__":\n    main()',
      'import click\n@click.command() #<\n@click.argument("path") #<\ndef main(path): ...'],
    // Running a program or copying files is not yet a script doing a job; nor the environment read by a library,
    // nor click's helpers used by a library (coloured output, a progress bar).
    no: ['subprocess = None', 'from click._compat import WIN', 'import click\ndef report(n):\n    click.secho(f"{n} done", fg="green")\n    with click.progressbar(items) as bar:\n        pass', 'from click.utils import LazyFile\nLazyFile("a")', 'import subprocess\nsubprocess.run(["ls"])', 'import shutil\nshutil.copy(a, b)', 'import os\nDEBUG = os.environ.get("DEBUG")'],
  },
  {
    skill: 'authentication',
    yes: ['from fastapi.security import OAuth2PasswordBearer #<\nOAuth2PasswordBearer()', 'from django.contrib.auth.decorators import login_required #<\nlogin_required()', 'import jwt #<\njwt.run()', 'AUTH_PASSWORD_VALIDATORS = [] #<'],
    no: ['from django.contrib.auth.models import User', 'token = "jwt"', 'login_required = True'],
  },
  {
    skill: 'caching',
    yes: ['CACHES = {"default": {}} #<', 'from django.core.cache import cache #<\ncache()', 'from functools import lru_cache #<\nlru_cache()'],
    no: ['caches = {}', 'def f():\n    CACHES = 1'],
  },
  {
    skill: 'logging',
    yes: ['LOGGING = {"version": 1} #<', 'LOGGING["handlers"]["syslog"] = {} #<', 'import logging #<\nlogging.info("done")'],
    no: ['logging_level = 3', '"LOGGING = {}"'],
  },
  {
    skill: 'modern-python',
    yes: ['match cmd: #<\n    case "go":\n        pass', 'def first[T](xs: list[T]) -> T: #<\n    return xs[0]'],
    no: ['match = re.match(p, s)', 'case = 3'],
  },
  { skill: 'cloud', yes: ['import boto3 #<\nboto3.run()', 'from storages.backends.s3 import S3Storage #<\nS3Storage()', 'from aws_cdk import aws_s3, Stack #<\nclass S(Stack):\n    def __init__(self, scope):\n        aws_s3.Bucket(self, "b")', 'from airflow.contrib.hooks.gcs_hook import GoogleCloudStorageHook #<\nGoogleCloudStorageHook().upload(b, o, f)'], no: ['boto = 3', 'import aws_cdk_helpers\naws_cdk_helpers.x()'] },
  {
    skill: 'build-cli-tool',
    yes: ['import click\n@click.group() #<\ndef cli(): ...', 'import argparse\np = argparse.ArgumentParser()\np.add_argument("--epochs", type=int, help="passes over the data") #<'],
    // An option without help text is not yet a tool someone else can use.
    no: ['import click\n@click.command()\ndef hello(): ...', 'import argparse\np = argparse.ArgumentParser()\np.add_argument("--epochs", type=int)'],
  },
  { skill: 'system-design', yes: ['from celery import Celery #<\nCelery()'], no: ['celery = "vegetable"'] },
  {
    skill: 'algorithms',
    yes: ['import bisect #<\nbisect.insort(xs, 3)'],
    // Sorting by a key is everyday code, not an algorithm (the evidence standard).
    no: ['ranked = sorted(rows, key=lambda r: r.score)', 'words.sort(key=len)', 'xs = sorted(xs)', 'key = 3\nsort(xs)', 'class A:\n    def f(self, x):\n        return self.g(x)', 'def f(x):\n    return other.f(x)', 'def wrap(f):\n    def wrap(s):\n        return f(s)\n    return wrap'],
  },
  { skill: 'sql', yes: ['cur.execute("SELECT id FROM users WHERE name = ?", (n,)) #<', 'q = text("UPDATE t SET done = 1") #<', 'import sqlite3 #<\nsqlite3.run()'], no: ['cur.execute(query)', 'log.execute("select a plan")'.replace('select a plan', 'choose a plan'), 'print("SELECT 1")', 'execute("DROP TABLE x")'] },
  { skill: 'modern-python', yes: ['try:\n    run()\nexcept* ValueError: #<\n    pass', 'from asyncio import TaskGroup #<\nTaskGroup()'], no: ['try:\n    run()\nexcept ValueError:\n    pass'] },
  { skill: 'oop', yes: ['class Shape: #<\n    def area(self): return self.w * self.h'], no: ['from enum import Enum\nclass Color(Enum):\n    RED = 1', 'from django.db.models import TextChoices\nclass Kind(TextChoices):\n    A = "a"', 'from django.test import TestCase\nclass ViewTests(TestCase):\n    def test_x(self): pass'] },
  { skill: 'rest-apis', yes: ['import aiohttp\nasync def f():\n    async with aiohttp.ClientSession() as s:\n        return await (await s.get(URL)).json() #<'], no: ['from aiohttp import web\napp = web.Application()'] },

];

suite('detect: Python skills by syntax and imports', () => {
  for (const c of CASES) {
    c.yes.forEach((src, i) => {
      test(`${c.skill}: seen in example ${i + 1}`, () => {
        const want = expectedLines(src);
        assert.ok(want.length, 'the example marks a line');
        assert.deepEqual(linesOf(src, c.skill, 'example.py'), want, src);
      });
    });
    test(`${c.skill}: not seen in comments, strings, identifiers or look-alikes`, () => {
      for (const src of c.no) assert.deepEqual(linesOf(src, c.skill, 'example.py'), [], src);
    });
  }

  test('broken code still shows the skills of its intact parts, and nothing from the broken words', () => {
    const src = 'import numpy as np\nnp.zeros(3)\ndef f(:\n    return [\nclass A(B:\n  yield_ = "async"\n';
    const skills = new Set(detectSkills(src).map((d) => d.skillId));
    assert.ok(skills.has('numpy'));
    assert.ok(!skills.has('asyncio') && !skills.has('generators'));
  });

  test('names that are also JavaScript object properties are plain names', () => {
    const src = 'import constructor, toString\nclass A:\n    def __proto__(self): pass\n    def __lookupGetter__(self): pass\n    def hasOwnProperty(self):\n        return [x for x in self.items]\nvalueOf()\n__proto__ = 1\n';
    const found = detectSkills(src, 'a.py').map((d) => `${d.line}:${d.skillId}`);
    assert.deepEqual(found, ['2:oop', '6:comprehensions']);
    assert.deepEqual(detectSkills('[project]\n[tool.__proto__]\n[tool.constructor]\n', 'pyproject.toml').map((d) => d.skillId), ['dependency-management']);
    assert.deepEqual(detectSkills('x', '__proto__'), []);
  });

  test('an import of the package the file is in is the project\'s own module (functions and modules)', () => {
    assert.deepEqual(linesOf('from shop.models import Item #<\nItem.objects.all()', 'functions-modules', 'shop/views.py'), [1]);
    assert.deepEqual(linesOf('from shop.models import Item\nItem.objects.all()', 'functions-modules', 'blog/views.py'), []);
    assert.deepEqual(linesOf('from tests.helpers import make\nmake()', 'functions-modules', 'tests/test_x.py'), [], 'tests/ is no package of the project');
  });

  test('modules beside or above the file, as the workspace lists them, are the project\'s own', () => {
    const src = 'from sqlite_utils import Database\n\ndef test_insert():\n    Database(memory=True)\n';
    assert.deepEqual(detectSkills(src, 'tests/test_insert.py').filter((d) => d.skillId === 'functions-modules').map((d) => d.line), []);
    assert.deepEqual(detectSkills(src, 'tests/test_insert.py', new Set(['sqlite_utils'])).filter((d) => d.skillId === 'functions-modules').map((d) => d.line), [1]);
    // The incremental detector reads cached import statements again when the set changes.
    const detector = new IncrementalPythonDetector('tests/test_insert.py');
    assert.equal(detector.detect(src).some((d) => d.skillId === 'functions-modules'), false);
    detector.setOwnModules(new Set(['sqlite_utils']));
    assert.equal(detector.detect(src).some((d) => d.skillId === 'functions-modules'), true);
    // In a notebook too.
    const nb = JSON.stringify({ cells: [{ cell_type: 'code', source: 'from helpers import load\n' }] });
    assert.deepEqual(detectNotebook(nb, new Set(['helpers'])).map((d) => d.skillId), ['functions-modules']);
  });

  test('control flow of the file\'s own: a loop with another decision, or a loop computing a value; guards alone, a main guard or TYPE_CHECKING are not', () => {
    const lines = (src: string) => linesOf(src, 'syntax-basics', 'app/calc.py');
    assert.deepEqual(lines('def total(xs):\n    t = 0\n    for x in xs: #<\n        t += x\n    return t\n'), [3]);
    assert.deepEqual(lines('def show(xs):\n    for x in xs:\n        print(x)\n'), []);
    assert.deepEqual(lines('def sign(n):\n    if n < 0:\n        return -1\n    elif n == 0:\n        return 0\n    return 1\n'), [], 'guards alone');
    assert.deepEqual(lines('def f(n, xs):\n    if n < 0: #<\n        return -1\n    for x in xs:\n        print(x)\n'), [2]);
    assert.deepEqual(lines('def f(xs):\n    for x in xs: #<\n        print(x)\n    while xs:\n        xs.pop()\n'), [2]);
    assert.deepEqual(lines('from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import os\nif __name__ == "__main__":\n    main()\n'), []);
    assert.deepEqual(linesOf('for a in b:\n    pass\nfor c in d:\n    pass\n', 'syntax-basics', 'app/migrations/0001_initial.py'), [], 'a migration is generated code');
  });

  test('modern Python: unions in annotations (unless __future__ annotations), 3.10+ typing names, type aliases', () => {
    const lines = (src: string) => linesOf(src, 'modern-python', 'app/m.py');
    assert.deepEqual(lines('def f(a: int | None) -> str: #<\n    return str(a)\n'), [1]);
    assert.deepEqual(lines('from __future__ import annotations\ndef f(a: int | None) -> str:\n    return str(a)\n'), [], 'a string any release since 3.7 reads');
    assert.deepEqual(lines('x = a | b\ndef f(a: int) -> int:\n    return a | 1\n'), [], 'a bitwise or is no union');
    assert.deepEqual(lines('from typing import Self #<\nclass A:\n    def me(self) -> Self:\n        return self\n'), [1]);
    assert.deepEqual(lines('from typing import Self\nx = 1\n'), [], 'imported, never used');
    assert.deepEqual(lines('type Point = tuple[float, float] #<\n'), [1]);
    assert.deepEqual(lines('from datetime import datetime, UTC #<\nnow = datetime.now(UTC)\n'), [1]);
  });

  test('built-in structures chosen for a job: a dict read as a table, a set tested for membership; not one filled or a record', () => {
    const lines = (src: string) => linesOf(src, 'data-structures', 'app/m.py');
    assert.deepEqual(lines('SECURE = {"http": "https", "ws": "wss"} #<\ndef up(s):\n    return SECURE[s]\n'), [1]);
    assert.deepEqual(lines('def up(s):\n    return {"http": "https"}[s] #<\n'), [2]);
    assert.deepEqual(lines('def uniq(xs):\n    seen = set() #<\n    for x in xs:\n        if x not in seen:\n            seen.add(x)\n'), [2]);
    assert.deepEqual(lines('class Reg:\n    def __init__(self):\n        self.handlers = {} #<\n    def get(self, k):\n        return self.handlers.get(k)\n'), [3]);
    assert.deepEqual(lines('config = {}\nconfig[key] = value\n'), [], 'filled, never read');
    assert.deepEqual(lines('HANDLERS = {"a": on_a} #<\ndef register(kind, fn):\n    HANDLERS[kind] = fn\n'), [1], 'a registry: a table with entries, filled by key');
    assert.deepEqual(lines('settings = {"DEBUG": True}\nprint(settings["DEBUG"], settings.get("DEBUG"))\n'), [], 'a record read by its field names');
    assert.deepEqual(lines('from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n'), [], 'a @dataclass on its own');
    assert.deepEqual(lines('from typing import Protocol\nclass Closer(Protocol):\n    def close(self) -> None: ...\n'), [], 'a protocol is an interface');
  });

  test('ORM work is seen in its queries and sessions, whatever the import: Django managers, Model.query, a session', () => {
    const lines = (src: string) => linesOf(src, 'sqlalchemy', 'app/views.py');
    assert.deepEqual(lines('def view(request):\n    return Entry.objects.filter(published=True) #<\n'), [2]);
    assert.deepEqual(lines('def find(name):\n    return User.query.filter_by(username=name).first() #<\n'), [2]);
    assert.deepEqual(lines('def save(obj):\n    db.session.add(obj) #<\n    db.session.commit() #<\n'), [2, 3]);
    assert.deepEqual(lines('def fetch(session, url):\n    return session.get(url)\n'), [], 'an HTTP session');
    assert.deepEqual(lines('def keys(bucket, p):\n    return [o.key for o in bucket.objects.filter(Prefix=p)]\n'), [], 'an S3 bucket listing (boto3) is no manager');
    assert.deepEqual(lines('def tags(query, t):\n    return query.join(t).where(t.id == 1)\n'), [], 'a query-builder object named query is no Model.query');
    assert.deepEqual(lines('def recent(self):\n    return self.model.objects.order_by("-id") #<\n'), [2]);
  });

  test('design patterns: an interface subclasses fill in, a factory, dependency injection; a class named Factory is not', () => {
    const lines = (src: string) => linesOf(src, 'design-patterns', 'app/m.py');
    assert.deepEqual(lines('class Backend: #<\n    def authenticate(self, request):\n        raise NotImplementedError()\n'), [1]);
    assert.deepEqual(lines('from abc import ABC, abstractmethod\nclass Store(ABC): #<\n    @abstractmethod\n    def save(self, item): ...\n'), [2]);
    assert.deepEqual(lines('def create_app(config): #<\n    app = Flask(__name__)\n    return app\n'), [1]);
    assert.deepEqual(lines('from fastapi import Depends #<\ndef route(db = Depends(get_db)):\n    return db\n'), [1]);
    assert.deepEqual(lines('class WidgetFactory:\n    def __init__(self):\n        self.n = 0\n'), []);
    // A factory by what it does; an observer; a repository of several methods.
    assert.deepEqual(lines('def get_backend(name): #<\n    if name == "uv":\n        return UvBackend()\n    return PipBackend()\n'), [1]);
    assert.deepEqual(lines('def get_view(ok):\n    if ok:\n        return JSONResponse({})\n    return HTTPException(404)\n'), [], 'responses and errors are no choice of implementation');
    assert.deepEqual(lines('from sqlalchemy import event\nevent.listen(Post.body, "set", Post.on_changed_body) #<\n'), [2]);
    assert.deepEqual(lines('class UsersRepository(BaseRepository): #<\n    async def get(self, id):\n        return await self.conn.fetch(id)\n    async def add(self, u):\n        await self.conn.execute(u)\n'), [1]);
    assert.deepEqual(lines('class UsersRepository:\n    pass\n'), [], 'a name alone');
  });

  test('security in code: secrets from the environment, cookie and loading settings, path checks', () => {
    const lines = (src: string) => linesOf(src, 'security', 'app/m.py');
    assert.deepEqual(lines('import os\nKEY = os.environ["SECRET_KEY"] #<\nDB = os.getenv("DB_PASSWORD") #<\nHOME = os.getenv("HOME")\n'), [2, 3]);
    assert.deepEqual(lines('resp.set_cookie("sid", sid, httponly=True, samesite="Strict") #<\n'), [1]);
    assert.deepEqual(lines('model = torch.load(path, weights_only=True) #<\n'), [1]);
    assert.deepEqual(lines('import os\nif os.path.commonpath([full, root]) != root: #<\n    raise PermissionError("outside")\n'), [2]);
  });

  test('authentication and caching seen in calls and headers, whatever the library', () => {
    assert.deepEqual(linesOf('def login(form):\n    if not user.check_password(form.password): #<\n        return None\n', 'authentication', 'app/forms.py'), [2]);
    assert.deepEqual(linesOf('def fresh(headers, etag):\n    return headers.get("if-none-match") == etag #<\n', 'caching', 'app/static.py'), [2]);
    assert.deepEqual(linesOf('name = "etag is a word"\n', 'caching', 'app/x.py'), []);
  });

  test('automation: a program that loops over a chore (running, fetching, uploading, mailing); not a library module', () => {
    const lines = (src: string, file = 'scripts/backup.py') => linesOf(src, 'automation-scripting', file);
    const script = 'import subprocess\n\ndef main():\n    for db in DATABASES: #<\n        subprocess.run(["pg_dump", db])\n\nif __name__ == "__main__":\n    main()\n';
    assert.deepEqual(lines(script), [4]);
    assert.deepEqual(lines(script.replace(/if __name__[\s\S]*/, '')), [], 'no program: a library function');
    assert.deepEqual(lines('import requests\nfor url in URLS: #<\n    save(requests.get(url).content)\n'), [2]);
    assert.deepEqual(lines('import requests\nclass Client:\n    pass\nregister(Client)\nfor u in US:\n    requests.get(u)\n'), [], 'a module of classes registering one');
    assert.deepEqual(lines(script, 'tests/test_backup.py'), []);
  });

  test('a pytest module is testing even without importing pytest', () => {
    const src = 'from app import add\n\ndef test_add(): #<\n    assert add(1, 2) == 3\n';
    assert.deepEqual(linesOf(src, 'testing', 'tests/test_math.py'), [3]);
    assert.deepEqual(linesOf(src, 'testing', 'app/math.py'), []);
  });

  test('the evidence is the line as written, trimmed and shortened', () => {
    const long = `    xs = [i for i in range(10)]  ${'#'.repeat(100)}`;
    const d = detectSkills(long).find((x) => x.skillId === 'comprehensions');
    assert.ok(d);
    assert.ok(d.evidence.startsWith('xs = [i for i in range(10)]'));
    assert.ok(d.evidence.length <= 80);
  });

  test('one entry per skill and line, ordered by line', () => {
    const src = 'import numpy, numpy.linalg\nclass A:\n    def f(self): return self.x\nclass B(A):\n    def f(self): return numpy.linalg.norm(self.x)\n';
    const found = detectSkills(src);
    assert.deepEqual(found.map((d) => `${d.line}:${d.skillId}`), ['1:numpy', '2:oop', '4:oop']);
    assert.deepEqual([...groupBySkill(found).keys()], ['numpy', 'oop']);
  });

  test('imports resolve through aliases; module usage is reported at the import, deeper names where used', () => {
    const src = 'import numpy as np\nimport functools as ft\nnp.array([1])\nnp.zeros(2)\n@ft.lru_cache(None)\ndef f(): pass\n';
    assert.deepEqual(linesOf(src, 'numpy'), [1]);
    assert.deepEqual(linesOf(src, 'caching'), [5]);
  });
});

suite('detect: project files', () => {
  // A mention (a tool only listed) is marked: it is shown, never offered (the evidence standard).
  const seen = (name: string, text: string) => detectSkills(text, name).map((d) => `${d.line}:${d.skillId}${d.mention ? ' (mention)' : ''}`);

  test('Dockerfile and compose files → docker, at the FROM / services line', () => {
    assert.deepEqual(seen('Dockerfile', '# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nRUN pip install .\n'), ['2:docker']);
    assert.deepEqual(seen('deploy/Dockerfile.prod', 'FROM python:3.12\n'), ['1:docker']);
    assert.deepEqual(seen('docker-compose.yml', 'version: "3"\nservices:\n  web:\n    build: .\n'), ['2:docker']);
  });

  test('GitHub workflows and other CI files → ci-cd', () => {
    const wf = 'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install .\n';
    // Installing and building is CI/CD; setting up GitHub Actions (the standard) takes running the tests or linters.
    assert.deepEqual(seen('.github/workflows/ci.yml', wf), ['3:ci-cd']);
    assert.deepEqual(seen('C:\\repo\\.github\\workflows\\release.yaml', wf), ['3:ci-cd']);
    assert.deepEqual(seen('.github/workflows/lint.yml', `${wf}      - run: ruff check .\n`), ['3:ci-cd', '3:setup-github-actions', '9:linting-formatting']);
    // Bumping pre-commit hooks is housekeeping, not a check.
    assert.deepEqual(seen('.github/workflows/bump.yml', `${wf}      - run: pre-commit autoupdate\n`), ['3:ci-cd']);
    // A quoted word is no command: a bot named "pytest bot" runs no tests.
    assert.deepEqual(seen('.github/workflows/deploy.yml', `${wf}      - run: git config user.name "pytest bot"\n`), ['3:ci-cd']);
    // A setup.cfg of linter settings only: no packaging, and no tox either.
    assert.deepEqual(seen('setup.cfg', '[flake8]\nmax-line-length = 100\n'), ['1:linting-formatting', '2:code-style']);
    // The newest Python in the matrix: trying the new release.
    assert.deepEqual(seen('.github/workflows/ci.yml', `${wf}    strategy:\n      matrix:\n        python: ["3.13", "3.14"]\n`).filter((l) => l.includes('try-new')), ['11:try-new-release']);
    assert.deepEqual(seen('.github/workflows/ci.yml', `${wf}    strategy:\n      matrix:\n        python: ["3.12", "3.13"]\n`).filter((l) => l.includes('try-new')), []);
    assert.deepEqual(seen('.gitlab-ci.yml', 'stages:\n  - test\n'), ['1:ci-cd']);
    assert.deepEqual(seen('Jenkinsfile', 'pipeline {\n}\n'), ['1:ci-cd']);
    assert.deepEqual(seen('workflows/ci.yml', wf), [], 'a workflows folder outside .github is not a workflow');
    // Housekeeping (labelling issues, printing the context) is not CI/CD.
    const chores = 'name: Issues\non: issues\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$GITHUB_CONTEXT"\n      - uses: actions/labeler@v5\n';
    assert.deepEqual(seen('.github/workflows/labels.yml', chores), []);
    // What the steps run: tests and containers.
    const tests = `${wf}      - run: pytest -q\n      - run: docker compose up -d db\n`;
    assert.deepEqual(seen('.github/workflows/ci.yml', tests), ['3:ci-cd', '3:setup-github-actions', '9:testing', '10:docker']);
    assert.deepEqual(seen('.github/workflows/ci.yml', `${wf}      - run: |\n          python manage.py test\n`), ['3:ci-cd', '3:setup-github-actions', '10:testing']);
  });

  test('documentation: a README or docs page of substance; serverless configuration', () => {
    const md = ['# Demo', '', ...Array.from({ length: 10 }, (_, i) => `Line ${i} of the guide.`), '## Install', 'pip install demo', '```', '# not a heading', '```'].join('\n');
    assert.deepEqual(seen('README.md', md), ['1:technical-writing']);
    assert.deepEqual(seen('docs/short.md', '# Title\nOne line.\n'), [], 'a stub is not documentation');
    assert.deepEqual(seen('.github/ISSUE_TEMPLATE/bug.md', md), [], 'an issue template is a form, not documentation');
    const rst = ['Demo', '====', '', ...Array.from({ length: 10 }, (_, i) => `Text ${i}.`), '', 'Usage', '-----', 'Run it.'].join('\n');
    assert.deepEqual(seen('docs/index.rst', rst), ['1:technical-writing']);
    assert.deepEqual(seen('serverless.yml', 'service: api\nprovider:\n  name: aws\n'), ['1:cloud']);
  });

  test('Ansible: a role\'s tasks file, and a Dockerfile that runs a playbook', () => {
    assert.deepEqual(seen('roles/web/tasks/main.yml', '---\n- name: Install nginx\n  package:\n    name: nginx\n'), ['2:ansible']);
    assert.deepEqual(seen('config/tasks/main.yml', '---\n- name: Install nginx\n  package:\n    name: nginx\n'), [], 'a tasks file outside a role is not one');
    assert.deepEqual(seen('Dockerfile', 'FROM ubuntu\nRUN ansible-playbook /etc/ansible/site.yml --connection=local\n'), ['1:docker', '2:ansible']);
  });

  test('pyproject.toml: packaging, tool tables and tool dependencies', () => {
    const toml = [
      '[build-system]', // 1
      'requires = ["hatchling"]',
      '',
      '[project]', // 4
      'name = "demo"',
      'dependencies = [',
      '  "requests>=2",',
      ']',
      '',
      '[project.optional-dependencies]', // 10
      'dev = ["pytest>=8", "mypy"]', // 11
      '',
      '[tool.ruff.lint]', // 13
      'select = ["E"]  # "black" in a comment does not count',
      '[tool.mypy]', // 15
      'strict = true',
      '[tool.pytest.ini_options]', // 17
      'addopts = "-q"',
    ].join('\n');
    assert.deepEqual(seen('pyproject.toml', toml), [
      '1:dependency-management', '11:testing (mention)', '11:type-hints (mention)', '13:linting-formatting', '14:code-style', '15:type-hints', '17:testing',
    ]);
  });

  test('poetry dependency tables, Pipfile packages, setup.cfg and tox.ini sections', () => {
    const poetry = '[tool.poetry]\nname = "x"\n[tool.poetry.group.dev.dependencies]\nblack = "^24"\npytest = "^8"\n';
    assert.deepEqual(seen('pyproject.toml', poetry), ['1:dependency-management', '4:linting-formatting (mention)', '5:testing (mention)']);
    assert.deepEqual(seen('Pipfile', '[packages]\nrequests = "*"\n[dev-packages]\nflake8 = "*"\n'), ['1:dependency-management', '4:linting-formatting (mention)']);
    assert.deepEqual(seen('setup.cfg', '[metadata]\nname = x\n[flake8]\nmax-line-length = 100\n[mypy]\n[tool:pytest]\n'), [
      '1:dependency-management', '3:linting-formatting', '4:code-style', '5:type-hints', '6:testing',
    ]);
    assert.deepEqual(seen('tox.ini', '[tox]\nenvlist = py312\n[testenv]\ndeps = pytest\n'), ['1:testing', '1:virtual-environments', '3:testing', '3:virtual-environments', '4:testing (mention)']);
  });

  test('lock and requirement files → dependency-management; a listed tool is a mention, libraries are nothing', () => {
    assert.deepEqual(seen('poetry.lock', '[[package]]\nname = "pytest"\n'), ['1:dependency-management']);
    assert.deepEqual(seen('requirements-dev.txt', '# dev tools\nruff==0.6\ndjango>=5\n'), ['2:dependency-management', '2:linting-formatting (mention)']);
    // A note of prose in a requirements file requires nothing.
    assert.deepEqual(seen('requirements.txt', 'Install the wikipedia package first, see https://pypi.org for more.\n'), []);
    assert.deepEqual(seen('requirements.txt', '-r base.txt\n'), ['1:dependency-management']);
  });

  test('isolated environments in CI steps, Dockerfiles and tox; a pip install alone is not one', () => {
    assert.deepEqual(seen('.github/workflows/ci.yml', 'on: push\njobs:\n  test:\n    steps:\n      - run: uv sync\n      - run: uv run pytest\n').filter((l) => l.includes('virtual')), ['5:virtual-environments', '6:virtual-environments']);
    assert.deepEqual(seen('Dockerfile', 'FROM python:3.13\nRUN python -m venv /opt/venv\n').filter((l) => l.includes('virtual')), ['2:virtual-environments']);
    assert.deepEqual(seen('Dockerfile', 'FROM python:3.13\nRUN pip install flask\n').filter((l) => l.includes('virtual')), []);
  });

  test('Kubernetes manifests and Ansible playbooks among YAML files', () => {
    const k8s = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n';
    assert.deepEqual(seen('k8s/web.yaml', k8s), ['2:kubernetes']);
    assert.deepEqual(seen('config.yml', 'debug: true\nkind: of\n'), []);
    assert.deepEqual(seen('site.yml', '- hosts: web\n  tasks:\n    - name: ping\n      ping:\n'), ['1:ansible']);
  });

  test('tool files, setup.py and conftest.py', () => {
    assert.deepEqual(seen('.pre-commit-config.yaml', 'repos:\n  - repo: https://github.com/psf/black\n'), ['1:linting-formatting', '2:linting-formatting']);
    assert.deepEqual(seen('mypy.ini', '[mypy]\n'), ['1:type-hints']);
    assert.deepEqual(seen('mkdocs.yml', 'site_name: Demo\n'), ['1:technical-writing']);
    assert.deepEqual(seen('fast.pyx', '# cython: boundscheck=False\ncdef int f(int x):\n    return x\n'), ['2:performance-optimization']);
    assert.deepEqual(seen('deploy/kustomization.yaml', 'resources:\n  - web.yaml\n'), ['1:kubernetes']);
    assert.ok(seen('setup.py', 'from setuptools import setup\nsetup()\n').includes('1:dependency-management'));
    assert.ok(seen('tests/conftest.py', 'import pytest\n').includes('1:testing'));
    assert.ok(!seen('tests/test_chain.py', 'import click\n@click.group()\ndef cli(): ...\n').some((x) => x.endsWith('build-cli-tool')), 'a CLI defined in a test is not a tool built');
    assert.ok(!seen('tests/test_basic.py', 'import click\n@click.command()\ndef cli(): ...\n').some((x) => x.endsWith('scripting')), 'nor a script');
  });

  test('which files are read at all', () => {
    assert.equal(fileKind('a/b.py'), 'python');
    assert.equal(fileKind('stubs.pyi'), 'python');
    assert.equal(fileKind(undefined), 'python');
    assert.equal(fileKind('nb.ipynb'), 'notebook');
    assert.equal(fileKind('Dockerfile'), 'project');
    assert.equal(fileKind('README.md'), 'project', 'documentation is read for technical writing');
    assert.equal(fileKind('notes.txt'), undefined);
    assert.equal(fileKind('bin/manage'), undefined, 'a name without an extension is not read by name (LICENSE, inventory)');
    assert.equal(fileKind('LICENSE'), undefined);
    assert.deepEqual(detectSkills('Work (including but not limited to damages for loss of goodwill', 'LICENSE'), []);
    assert.equal(fileKind('Jenkinsfile'), 'project');
    assert.deepEqual(detectSkills('import numpy', 'README.md'), [], 'code in a README is not the project\'s code');
  });
});

suite('detect: notebooks', () => {
  test('code cells are read with their index; markdown cells are not, magics only as themselves', () => {
    const nb = JSON.stringify({
      cells: [
        { cell_type: 'markdown', source: ['# import numpy\n', 'We use a decorator.'] },
        { cell_type: 'code', source: ['%matplotlib inline\n', 'import pandas as pd\n'] },
        { cell_type: 'code', source: '!pip install torch\nxs = [x for x in range(3)]' },
      ],
    });
    assert.deepEqual(detectNotebook(nb).map((d) => `${d.cell}:${d.line}:${d.skillId}${d.mention ? ' (mention)' : ''}`), ['1:2:pandas (mention)', '2:1:virtual-environments (mention)', '2:2:comprehensions']);
    assert.deepEqual(detectSkills(nb, 'analysis.ipynb').length, 3);
    // An import counts where any cell of the notebook uses it; imported and never used, it is a mention.
    const used = JSON.stringify({ cells: [{ cell_type: 'code', source: 'import pandas as pd\nimport numpy as np\n' }, { cell_type: 'markdown', source: 'np is great' }, { cell_type: 'code', source: 'df = pd.read_csv("a.csv")\n# np.zeros(3)\n' }] });
    assert.deepEqual(detectNotebook(used).filter((d) => d.skillId === 'pandas' || d.skillId === 'numpy').map((d) => `${d.cell}:${d.line}:${d.skillId}${d.mention ? ' (mention)' : ''}`), ['0:1:pandas', '0:2:numpy (mention)']);
    // NumPy used in one line of the whole notebook converts a value: a mention (the standard: more than one statement).
    const once = JSON.stringify({ cells: [{ cell_type: 'code', source: 'import numpy as np\n' }, { cell_type: 'code', source: 'model.fit(np.array(xs))\n' }] });
    assert.deepEqual(detectNotebook(once).filter((d) => d.skillId === 'numpy').map((d) => d.mention ?? false), [true]);
    // Random inputs for a frame and a shape's size are no work with arrays: still a mention, and still used.
    const random = JSON.stringify({ cells: [{ cell_type: 'code', source: 'import numpy as np\nimport pandas as pd\n' }, { cell_type: 'code', source: 'df = pd.DataFrame(np.random.standard_normal((4, 3)))\ns = pd.Series(np.random.randn(5))\nn = np.prod(df.shape)\n' }] });
    assert.deepEqual(detectNotebook(random).filter((d) => d.skillId === 'numpy').map((d) => `${d.mention ?? false} ${d.reason}`), ['true imports `numpy`, no work with arrays here']);
    // Matplotlib configured in one cell: a chart where pandas draws one (`.plot()`), a mention where nothing is drawn.
    const configured = (more: string) => JSON.stringify({ cells: [{ cell_type: 'code', source: 'import matplotlib.pyplot as plt\nplt.rc("figure", figsize=(10, 6))\n' }, { cell_type: 'code', source: `df = load()\n${more}` }] });
    assert.deepEqual(detectNotebook(configured('df.head()\n')).filter((d) => d.skillId === 'matplotlib').map((d) => `${d.mention ?? false} ${d.reason}`), ['true imports `matplotlib.pyplot`, no chart drawn here']);
    assert.deepEqual(detectNotebook(configured('df.plot(kind="bar")\n')).filter((d) => d.skillId === 'matplotlib').map((d) => d.mention ?? false), [false]);
    const twice = JSON.stringify({ cells: [{ cell_type: 'code', source: 'import numpy as np\n' }, { cell_type: 'code', source: 'a = np.arange(10)\nb = np.sqrt(a) * 2\n' }] });
    assert.deepEqual(detectNotebook(twice).filter((d) => d.skillId === 'numpy').map((d) => d.mention ?? false), [false]);
    // A name imported in one cell resolves in the cells after it (not before).
    const later = JSON.stringify({ cells: [{ cell_type: 'code', source: 'X = np.memmap("a.dat")\n' }, { cell_type: 'code', source: 'import numpy as np\nimport json\n' }, { cell_type: 'code', source: 'X = np.memmap("b.dat", mode="r")\njson.dump(X.tolist(), fh)\n' }] });
    assert.deepEqual(detectNotebook(later).filter((d) => d.skillId === 'memory-management' || d.skillId === 'file-io').map((d) => `${d.cell}:${d.line}:${d.skillId}`), ['2:1:memory-management', '2:2:file-io']);
    // A cell read alone (no notebook given) counts its imports where they are.
    assert.deepEqual(detectCell('import numpy as np\n', 0).map((d) => `${d.skillId}${d.mention ? ' (mention)' : ''}`), ['numpy']);
    assert.equal(notebookNameUses(['x = 1'.repeat(10)], 20), undefined, 'a crafted notebook over the size gives up');
    assert.deepEqual([...notebookNameUses(['import os\nos.path\n%time os\nfrom a import b\nb(os)\nassert sklearn.__version__ >= "0.20"'])!], [['os', 2], ['path', 1], ['b', 1], ['assert', 1]]);
    assert.deepEqual(detectNotebook('{ not json'), []);
    assert.equal(maskNotebookMagics('  %time f()\nx'), '           \nx');
  });

  test('Markdown cells that explain are technical writing: two with prose, not titles or links', () => {
    const prose = 'Here we group the planets by the method used to find them, then count how many were found each way and compare the typical orbital period for every method we have.';
    const nb = (cells: string[]) => JSON.stringify({ cells: cells.map((source) => ({ cell_type: 'markdown', source })).concat([{ cell_type: 'code', source: 'x = 1' } as never]) });
    assert.deepEqual(detectNotebook(nb(['# Grouping', prose, prose])).filter((d) => d.skillId === 'technical-writing').map((d) => `${d.cell}:${d.line}`), ['1:1']);
    assert.deepEqual(detectNotebook(nb(['# Grouping', prose])).filter((d) => d.skillId === 'technical-writing'), [], 'one cell of prose');
    assert.deepEqual(detectNotebook(nb(['# A title\n## Another title', '[link](https://example.com/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p)', '```python\nimport this is code not prose at all, words words words words words words words words words words words words\n```'])).filter((d) => d.skillId === 'technical-writing'), []);
  });

  test('magics that are evidence themselves: timing, debugging, installing', () => {
    const nb = JSON.stringify({ cells: [{ cell_type: 'code', source: ['%timeit sorted(xs)\n', '%pip install pandas\n', '%debug\n', '# %timeit in a comment\n'] }] });
    assert.deepEqual(detectNotebook(nb).map((d) => `${d.line}:${d.skillId}`), [
      '1:performance-optimization', '1:profiling', '2:virtual-environments', '3:debugging',
    ]);
    // `%pip install` installs into whatever runs the notebook: a mention, never offered (the standard).
    assert.deepEqual(detectNotebook(nb).filter((d) => d.mention).map((d) => `${d.line}:${d.skillId}`), ['2:virtual-environments']);
  });
});

suite('detect: incremental re-detection', () => {
  test('after edits, the incremental result equals a fresh detection', () => {
    const base = Array.from({ length: 200 }, (_, i) => `def f${i}(x):\n    return [y for y in x]\n`).join('');
    const detector = new IncrementalPythonDetector('big.py');
    assert.deepEqual(detector.detect(base), detectSkills(base, 'big.py'));
    let text = base;
    const edits = [
      { rangeOffset: 0, rangeLength: 0, text: 'import asyncio\n' },
      { rangeOffset: text.length, rangeLength: 0, text: '\nclass Z(Exception): pass\n' },
    ];
    // Two simultaneous changes, as VS Code reports them (offsets in the text before).
    text = edits[0]!.text + base + edits[1]!.text;
    detector.edit(toChangedRanges(edits));
    assert.deepEqual(detector.detect(text), detectSkills(text, 'big.py'));
    // A later edit in the middle that breaks a line, then one that removes it.
    const mid = text.indexOf('def f100');
    const inserted = 'async def g():\n    await a()\n    await b()\n';
    const broken = text.slice(0, mid) + inserted + text.slice(mid);
    detector.edit(toChangedRanges([{ rangeOffset: mid, rangeLength: 0, text: inserted }]));
    const found = detector.detect(broken);
    assert.deepEqual(found, detectSkills(broken, 'big.py'));
    assert.ok(found.some((d) => d.skillId === 'asyncio' && d.line === broken.slice(0, mid).split('\n').length));
  });
});

suite('detect: rules', () => {
  test('every skill a rule can report exists in the shipped roadmap', () => {
    const ids = new Set(allSkills(shippedRoadmap()).map((s) => s.id));
    const tables = [MODULE_RULES, BUILTIN_CALLS, DUNDER_METHODS, TOOL_FILES, TOOL_PACKAGES, TOOL_SECTIONS];
    for (const table of tables) for (const [key, skills] of Object.entries(table)) for (const s of skills) assert.ok(ids.has(s), `${key} → ${s}`);
  });
});

suite('detect: never throws (fast-check)', () => {
  const pythonish = fc.array(
    fc.constantFrom(
      'def ', 'class ', 'async ', 'await ', 'yield ', 'from ', 'import ', 'lambda', 'with ', 'try:', 'except', 'raise ',
      '@', '(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '->', '"', "'", '"""', '#', '\n', '\n    ', '\t', '\\',
      'x', 'np', 'numpy', 're', 'open', 'breakpoint', 'metaclass', 'type', '__enter__', 'for ', ' in ', 'f"{', '\r\n', '\u0000', '😀',
      '__proto__', 'constructor', 'toString', '[tool.', 'apiVersion: v1\nkind: Pod\n',
    ),
    { maxLength: 200 },
  ).map((parts) => parts.join(''));

  test('Python-like token soup, any string, and any file name', () => {
    fc.assert(
      fc.property(fc.oneof(pythonish, fc.string({ unit: 'binary', maxLength: 400 })), fc.constantFrom(undefined, 'a.py', 'Dockerfile', 'pyproject.toml', 'setup.cfg', 'x.ipynb', 'k.yaml', '.github/workflows/a.yml', 'requirements.txt', 'tox.ini'), (src, name) => {
        const found = detectSkills(src, name);
        const lines = src.split('\n').length;
        for (const d of found) {
          assert.equal(typeof d.skillId, 'string');
          assert.ok(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines, `line ${d.line} of ${lines}`);
          assert.ok(d.evidence.length <= 80);
        }
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });

  test('random edits: reusing walks of unchanged statements gives what a full walk of the same tree gives', () => {
    // Lezer's incremental parse may recover from broken code differently than a fresh parse, so
    // broken intermediate states are compared against a detector that walks everything instead.
    const edit = fc.record({ at: fc.nat(), len: fc.nat({ max: 12 }), text: pythonish });
    fc.assert(
      fc.property(pythonish, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const reusing = new IncrementalPythonDetector();
        const walking = new IncrementalPythonDetector(undefined, { reuseWalks: false });
        reusing.detect(start);
        walking.detect(start);
        let text = start;
        for (const e of edits) {
          const at = Math.min(e.at, text.length);
          const len = Math.min(e.len, text.length - at);
          const ranges = toChangedRanges([{ rangeOffset: at, rangeLength: len, text: e.text }]);
          reusing.edit(ranges);
          walking.edit(ranges);
          text = text.slice(0, at) + e.text + text.slice(at + len);
          assert.deepEqual(reusing.detect(text), walking.detect(text));
        }
      }),
      { numRuns: 500, seed: 20261122 },
    );
  });

  test('edits that keep the code valid: incremental detection equals a fresh one', () => {
    const statement = fc.constantFrom(
      'import numpy as np\n', 'async def f():\n    await g()\n', 'class E(Exception):\n    pass\n', 'xs = [i for i in ys]\n',
      '@property\ndef p(self): return 1\n', 'with open("f") as fh:\n    pass\n', 'x: int = 1\n', 'def gen():\n    yield 1\n',
      'import functools\n@functools.lru_cache\ndef c(): pass\n', '# yield async lambda\n', 's = "import re"\n', 'breakpoint()\n',
    );
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 30 }), fc.array(fc.record({ at: fc.nat(), remove: fc.boolean(), text: statement }), { maxLength: 8 }), (start, edits) => {
        const lines = [...start];
        const detector = new IncrementalPythonDetector('m.py');
        detector.detect(lines.join(''));
        for (const e of edits) {
          const i = e.at % (lines.length + 1);
          const offset = lines.slice(0, i).join('').length;
          if (e.remove && i < lines.length) {
            detector.edit(toChangedRanges([{ rangeOffset: offset, rangeLength: lines[i]!.length, text: '' }]));
            lines.splice(i, 1);
          } else {
            detector.edit(toChangedRanges([{ rangeOffset: offset, rangeLength: 0, text: e.text }]));
            lines.splice(i, 0, e.text);
          }
          const text = lines.join('');
          assert.deepEqual(detector.detect(text), detectSkills(text, 'm.py'));
        }
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  test('hostile notebooks and huge lines', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        assert.ok(Array.isArray(detectSkills(JSON.stringify({ cells: [v, { cell_type: 'code', source: v }] }), 'n.ipynb')));
      }),
      { numRuns: 500, seed: 20261122 },
    );
    assert.ok(Array.isArray(detectSkills('x = ' + '('.repeat(20000))));
    assert.ok(Array.isArray(detectSkills('a.'.repeat(50000) + 'b')));
  });
});

suite('detection: cost grows linearly on hostile lines in project files', function () {
  this.timeout(60000);
  /** The fastest of three runs, in ms. */
  const time = (fn: () => void) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      fn();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  // Each line is built to make the old patterns backtrack: quadratic there, linear now.
  const cases: [file: string, line: (n: number) => string][] = [
    ['.pre-commit-config.yaml', (n) => `- id: ${'a'.repeat(n)}!`],
    ['.pre-commit-config.yaml', (n) => `${' '.repeat(n)}x`],
    ['playbook.yml', (n) => `${' '.repeat(n)}-x`],
    ['pyproject.toml', (n) => `${' #'.repeat(n)}\u2028x`],
    ['Pipfile', (n) => `a = "b"${' #'.repeat(n)}\u2028`],
    ['requirements.txt', (n) => `${' #'.repeat(n)}\u2028x`],
    ['setup.cfg', (n) => `${' '.repeat(n)};\u2028`],
    ['Dockerfile', (n) => `RUN ${'a '.repeat(n)}`],
    ['Dockerfile', (n) => `RUN ${'pip install '.repeat(n / 6)}`],
    ['.github/workflows/ci.yml', (n) => `${' '.repeat(n)}run: x`],
  ];
  for (const [file, line] of cases) {
    test(`${file}: ${JSON.stringify(line(3)).slice(0, 30)}… at 4× the length costs at most ~4× the time`, () => {
      const small = line(20_000);
      const big = line(80_000);
      detectSkills(small, file); // warm the JIT
      // Linear is 4×; quadratic would be 16×. Allow noise, and a floor for tiny timings; on a busy
      // machine one measurement can be spoiled, so a ratio over the line is measured again (4 tries).
      let seen = '';
      for (let round = 0; round < 4; round++) {
        const a = time(() => detectSkills(small, file));
        const b = time(() => detectSkills(big, file));
        seen = b <= Math.max(a, 0.5) * 9 ? '' : `${file}: ${a.toFixed(2)} ms → ${b.toFixed(2)} ms`;
        if (!seen) break;
      }
      assert.equal(seen, '');
    });
  }
});

suite('detection: time-sliced parsing of large or crafted Python', function () {
  this.timeout(60000);
  test('a crafted file is parsed in many short slices, and gives the same result as a plain detection', async () => {
    const hostile = `import asyncio\n${'?'.repeat(90_000)}\nasync def f():\n    await asyncio.sleep(0)\n`;
    let pauses = 0;
    const sliced = await new IncrementalPythonDetector('x.py').detectSliced(hostile, {
      sliceMs: 10, pause: () => { pauses++; return new Promise((r) => setImmediate(r)); }, stale: () => false,
    });
    assert.ok(pauses >= 5, `only ${pauses} pauses: the host was blocked in long stretches`);
    assert.deepEqual(sliced, new IncrementalPythonDetector('x.py').detect(hostile));
  });

  test('a newer text stops the work: the stale run resolves to undefined', async () => {
    let calls = 0;
    const r = await new IncrementalPythonDetector('x.py').detectSliced('(\n)\n'.repeat(100_000), {
      sliceMs: 5, pause: () => Promise.resolve(), stale: () => ++calls > 1,
    });
    assert.equal(r, undefined);
  });
});

suite('detection: bounded work and memory on crafted Python', function () {
  this.timeout(60000);
  // Blocks nested 700 deep by indentation (no bracket or operator chain for the pre-scan to refuse).
  const deep = Array.from({ length: 700 }, (_, i) => `${' '.repeat(i)}if a:`).join('\n') + `\n${' '.repeat(700)}pass\n`;
  const wide = 'import os\n\nclass A:\n    def f(self, x):\n        return [y.z for y in x if y]\n'.repeat(4000);
  test('the walk after the parse is spread over slices too (one step of 2,048 nodes each at sliceMs 0)', async () => {
    const d = new IncrementalPythonDetector('x.py');
    const r = await d.detectSliced(wide, { sliceMs: 0, pause: () => Promise.resolve(), stale: () => false });
    assert.ok(Array.isArray(r));
    assert.ok(d.lastWalk.visited > 100_000, JSON.stringify(d.lastWalk));
    assert.equal(d.lastWalk.slices, Math.ceil(d.lastWalk.visited / 2048), JSON.stringify(d.lastWalk));
  });

  test('a tree too deep to be real code is not kept after it is read; a real module is', () => {
    const d = new IncrementalPythonDetector('x.py');
    d.detect(deep);
    assert.equal(d.keptTree, false, `depth ${d.lastWalk.deepest}`);
    const real = 'import os\n\nclass A:\n    def f(self, x):\n        return [y for y in x if y]\n'.repeat(2000);
    d.detect(real);
    assert.equal(d.keptTree, true, `depth ${d.lastWalk.deepest}, ${d.lastWalk.visited} nodes`);
  });

  test('past its budget a detection gives up with a reason; under it, the same file is read (an injected clock: no machine is too slow or too fast)', async () => {
    // The crafted file of the integration test: 90 KB of junk in one statement, real code around it.
    const crafted = `import asyncio\n${'?'.repeat(90_000)}\nasync def f():\n    await asyncio.sleep(0)\n`;
    // A clock that moves 1 ms each time it is read: the host time "spent" is the number of reads.
    const ticking = () => { let t = 0; return () => t++; };
    let pauses = 0;
    const opts = { sliceMs: 5, pause: () => { pauses++; return Promise.resolve(); }, stale: () => false };
    const over = await new IncrementalPythonDetector('x.py').detectSliced(crafted, { ...opts, budgetMs: 30, now: ticking() });
    assert.ok(over && !Array.isArray(over) && /over 30 ms/.test(over.tooCostly), JSON.stringify(over));
    pauses = 0;
    const under = await new IncrementalPythonDetector('x.py').detectSliced(crafted, { ...opts, budgetMs: Number.MAX_SAFE_INTEGER, now: ticking() });
    assert.ok(Array.isArray(under) && under.some((x) => x.skillId === 'asyncio'), 'recognised around the junk');
    assert.ok(pauses > 10, `read in slices, yielding ${pauses} times`);
  });
});

suite('detection: time grows at most linearly on every file kind and hostile shape', function () {
  this.timeout(120000);
  const best = (fn: () => void) => {
    let b = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      fn();
      b = Math.min(b, performance.now() - t0);
    }
    return b;
  };
  // Shapes of a crafted file at size n: long lines, deep nesting, repeated tokens, NUL, lone surrogates.
  const shapes: Record<string, (n: number) => string> = {
    'one long line': (n) => 'a'.repeat(n),
    'deep nesting': (n) => `${'([{'.repeat(n / 6)}${'}])'.repeat(n / 6)}`,
    'deep indentation': (n) => Array.from({ length: Math.sqrt(n) | 0 }, (_, i) => `${' '.repeat(i)}- x:`).join('\n'),
    'a repeated token': (n) => 'import os; '.repeat(n / 11),
    'NUL characters': (n) => '\u0000 #'.repeat(n / 3),
    'lone surrogates': (n) => '\ud800x\udfff='.repeat(n / 4),
    'many short lines': (n) => '#\n'.repeat(n / 2),
    // Shapes aimed at the rules of issue 24: brace lists of Python versions, code fences, blank
    // lines inside a loop body, environment names.
    'tox brace lists': (n) => `[tox]\nenvlist = ${'py{'.repeat(n / 3)}\n`,
    'unclosed code fences': (n) => JSON.stringify({ cells: [{ cell_type: 'markdown', source: '```a'.repeat(n / 4) }, { cell_type: 'markdown', source: 'word '.repeat(n / 5) }] }),
    'a loop of blank lines': (n) => `for x in y:\n${'\n'.repeat(n - 20)}    a += 1\n`,
    'environment reads': (n) => 'os.environ["SECRET_KEY"]\n'.repeat(n / 25),
    // Round 5: a CI command of repeated `tox` (the linter pattern), a notebook line of a long dotted
    // name after `__version__` (the notebook's uses), a bracketed `with` head of many `as x,`.
    'a command of repeated tox': (n) => `on: push\njobs:\n  t:\n    steps:\n      - run: ${'tox '.repeat(n / 4)}\n`,
    'a long dotted name in a cell': (n) => JSON.stringify({ cells: [{ cell_type: 'code', source: `__version__ ${'a.'.repeat(n / 2)}` }] }),
    'a bracketed with head': (n) => `def f():\n    with (${'a() as x, '.repeat(Math.min(n, 1800) / 10)}):\n        pass\n`.repeat(Math.max(1, n / 2000)),
  };
  const kinds = ['x.py', 'analysis.ipynb', 'pyproject.toml', 'Pipfile', 'requirements.txt', 'setup.cfg', 'tox.ini', 'Dockerfile', 'docker-compose.yml', '.github/workflows/ci.yml', '.gitlab-ci.yml', '.pre-commit-config.yaml', 'playbook.yml', 'mkdocs.yml', 'module.pyx'];
  for (const file of kinds) {
    test(`${file}: at 4× the size each shape costs at most ~4× the time`, () => {
      const size = file.endsWith('.py') || file.endsWith('.pyx') ? 12_000 : 24_000;
      const slow: string[] = [];
      for (const [shape, make] of Object.entries(shapes)) {
        const small = make(size);
        const big = make(size * 4);
        detectSkills(small, file); // warm the JIT
        // Linear is 4×, quadratic 16×: allow noise, with a floor for tiny timings. A busy machine
        // (another process on the core, a GC) can spoil one measurement, not several: the ratio is
        // measured again, up to 4 times, and the best counts; a quadratic shape is 16× every time.
        let worst = '';
        for (let round = 0; round < 4; round++) {
          const a = best(() => detectSkills(small, file));
          const b = best(() => detectSkills(big, file));
          worst = b > Math.max(a, 1) * 9 ? `${shape}: ${a.toFixed(2)} → ${b.toFixed(2)} ms` : '';
          if (!worst) break;
        }
        if (worst) slow.push(worst);
      }
      assert.deepEqual(slow, []);
    });
  }
});

suite('detection: statements too long to parse in one step are not read', () => {
  test('the longest statement counts bracketed lines, continuations and multi-line strings, not comments', () => {
    assert.equal(longestStatement('a = 1\nbb = 22\n'), 7);
    assert.equal(longestStatement('x = (1,\n 2,\n 3)\ny = 1'), 15);
    assert.equal(longestStatement('x = 1 + \\\n 2\n'), 12);
    assert.equal(longestStatement('s = """\n(((\n"""\nz'), 15);
    assert.equal(longestStatement('# ((((((\nx = ")"\n'), 8, 'brackets in comments and strings do not count');
    assert.equal(longestStatement('x = (\n' + 'a\n'.repeat(10)), 26, 'an unclosed bracket runs to the end');
    assert.equal(longestStatement("x = 'it\\'s (' \ny"), 14);
    // Linear: a megabyte of quotes, brackets and backslashes is one pass.
    assert.ok(longestStatement('"\\"(\'\n'.repeat(200_000)) > 0);
  });

  test('brackets nested past 40, or a chain of over 100 operators, are refused before parsing; real shapes are not', () => {
    const d = new IncrementalPythonDetector('x.py');
    const cases: [string, RegExp][] = [
      [`x = ${'('.repeat(41)}1${')'.repeat(41)}\n`, /nested 41 deep/],
      [`x = ${'a.'.repeat(101)}a\n`, /chains 102 operators/],
      [`x = ${'not '.repeat(120)}a\n`, /chains 121 operators/],
      [`x = ${'-'.repeat(150)}a\n`, /chains 151 operators/],
    ];
    for (const [text, reason] of cases) {
      const r = d.detectWithin(text, 1000);
      assert.ok(!Array.isArray(r) && reason.test(r.tooCostly), `${text.slice(0, 20)}: ${JSON.stringify(r)}`);
    }
    // Commas, colons and brackets end a chain; strings and comments hold no operators.
    const fine = `x = [${'a.b, '.repeat(500)}]\ny = {${'k: v + 1, '.repeat(300)}}\ns = "${'-'.repeat(500)}"  # ${'.'.repeat(500)}\n`;
    assert.ok(Array.isArray(d.detectWithin(fine, 1000)));
  });

  test('a crafted statement over the limit is refused before parsing, live and in a cell, with its size', async () => {
    const crafted = `import os\nx = ${'-'.repeat(MAX_STATEMENT + 10)}a\n`;
    const d = new IncrementalPythonDetector('x.py');
    const sliced = await d.detectSliced(crafted, { sliceMs: 15, pause: () => Promise.resolve(), stale: () => false });
    assert.ok(sliced && !Array.isArray(sliced) && /one statement in it is 100 KB long/.test(sliced.tooCostly), JSON.stringify(sliced));
    const sync = d.detectWithin(crafted, 50);
    assert.ok(!Array.isArray(sync));
    const cell = detectCell(crafted, 0, 50);
    assert.ok(!Array.isArray(cell));
    // Real code under the limit is read as before.
    const real = d.detectWithin('import asyncio\nasync def f():\n    await asyncio.sleep(1)\n', 50);
    assert.ok(Array.isArray(real) && real.some((x) => x.skillId === 'asyncio'));
  });

  test('a synchronous read gives up at its budget (100 KB of "?" lines took 1.5 s at once)', () => {
    const d = new IncrementalPythonDetector('x.py');
    const r = d.detectWithin('?\n'.repeat(50_000), 20);
    assert.ok(!Array.isArray(r) && /over 20 ms/.test(r.tooCostly), JSON.stringify(r));
    assert.equal(d.keptTree, false);
    const cell = detectCell('?\n'.repeat(50_000), 3, 20);
    assert.ok(!Array.isArray(cell));
  });

  test('notebookCells lists code cells with their indices; a broken notebook has none', () => {
    const nb = JSON.stringify({ cells: [{ cell_type: 'markdown', source: ['# t'] }, { cell_type: 'code', source: ['import os\n', 'x = 1'] }] });
    assert.deepEqual(notebookCells(nb), [[1, 'import os\nx = 1']]);
    assert.deepEqual(notebookCells('{'), []);
    assert.deepEqual(notebookCells('{"cells": 5}'), []);
  });
});

suite('detection: a Python file over 500 KB is not read live', () => {
  test('refused at once with its size, whatever its shape; 499 KB of real-looking code is read', async () => {
    const line = 'import os\nfor x in os.walk("a"):\n    pass\n';
    const big = line.repeat(Math.ceil(500_001 / line.length));
    const d = new IncrementalPythonDetector('x.py');
    const r = await d.detectSliced(big, { sliceMs: 15, pause: () => Promise.resolve(), stale: () => false });
    assert.ok(r && !Array.isArray(r) && /KB of Python \(at most 500 KB are read\)/.test(r.tooCostly), JSON.stringify(r));
    const under = line.repeat(Math.floor(499_000 / line.length));
    const ok = await d.detectSliced(under, { sliceMs: 15, pause: () => Promise.resolve(), stale: () => false });
    assert.ok(Array.isArray(ok) && ok.length > 0);
  });
});

suite('detection: each place says why it counts', () => {
  test('the reason names the rule: a route, an import, a syntax, a setting, a project file', () => {
    const why = (src: string, file: string, skill: string) => detectSkills(src, file).find((d) => d.skillId === skill)?.reason;
    assert.equal(why('@app.get("/items")\ndef f(): ...', 'x.py', 'rest-apis'), '`@app.get` route');
    assert.equal(why('import pandas as pd\ndf = pd.read_csv(p)\ndf2 = pd.concat([df])', 'x.py', 'pandas'), 'imports `pandas`');
    // An import nothing uses is a mention only: shown with its reason, never offered.
    assert.deepEqual(detectSkills('import pandas as pd', 'x.py').map((d) => [d.skillId, d.reason, d.mention]), [['pandas', 'imports `pandas`, not used in this file', true]]);
    // A line that shows a skill for real is never a mention of it as well.
    assert.deepEqual(detectSkills('import pandas as pd\ndf = pd.read_csv(p)\ndf2 = pd.concat([df])', 'x.py').filter((d) => d.skillId === 'pandas').map((d) => d.mention ?? false), [false]);
    assert.equal(why('def f():\n    with open(p) as fh:\n        pass', 'x.py', 'context-managers'), 'a `with` block');
    assert.equal(why('CACHES = {}', 'settings.py', 'caching'), 'the `CACHES` setting');
    assert.equal(why('def g(items):\n    yield from items', 'x.py', 'generators'), '`yield`');
    assert.equal(why('FROM python:3.12\n', 'Dockerfile', 'docker'), 'a Dockerfile');
    assert.equal(why('[tool.ruff]\nline-length = 100\n', 'pyproject.toml', 'linting-formatting'), 'the [tool.ruff] section');
  });

  test('a reason quoting a crafted name is cut to 80 characters', () => {
    const r = detectSkills(`[tool.${'x'.repeat(5000)}]\n[tool.ruff]\n`, 'pyproject.toml');
    assert.ok(r.every((d) => (d.reason ?? '').length <= 80));
  });
});

test('a Dockerfile on a cloud function image is cloud work; on python it is not', () => {
  const cloud = (text: string) => detectSkills(text, 'Dockerfile').filter((d) => d.skillId === 'cloud').map((d) => d.line);
  assert.deepEqual(cloud('ARG V=3.12\nFROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ./\nCMD ["app.handler"]\n'), [2]);
  assert.deepEqual(cloud('FROM python:3.12-slim\nCOPY . .\n'), []);
});

test('REST: JSON errors with their status outside a route; a test calling the API, not one making its answers', () => {
  const lines = (src: string, file = 'app/api/deps.py') => linesOf(src, 'rest-apis', file);
  assert.deepEqual(lines('from fastapi import HTTPException\ndef get_item(id):\n    if id is None:\n        raise HTTPException(status_code=404, detail="Item not found") #<\n'), [4]);
  assert.deepEqual(lines('from starlette.exceptions import HTTPException\ndef serve(path):\n    raise HTTPException(status_code=405)\n'), [], 'Starlette answers in plain text');
  assert.deepEqual(lines('from flask import jsonify\ndef bad_request(message):\n    response = jsonify({"error": message}) #<\n    response.status_code = 400\n    return response\n', 'app/api/errors.py'), [3]);
  assert.deepEqual(lines('from flask import jsonify\ndef ok(message):\n    return jsonify({"ok": message})\n', 'app/api/ok.py'), []);
  assert.deepEqual(lines('def test_read(client):\n    r = client.get("/api/v1/items/")\n    assert r.json()["count"] == 1 #<\n', 'tests/test_items.py'), [3]);
  assert.deepEqual(lines('from starlette.responses import JSONResponse\ndef test_json(client):\n    app = lambda scope: JSONResponse({"a": 1})\n    assert client.get("/").json() == {"a": 1}\n', 'tests/test_responses.py'), [], 'a framework testing its own answers');
});

test('authentication: refusing with 401 or 403 is authorization; a test exercising a login, and a connection password, are not', () => {
  const lines = (src: string, file = 'app/api/deps.py') => linesOf(src, 'authentication', file);
  assert.deepEqual(lines('from fastapi import HTTPException, status\ndef check(user, item):\n    if item.owner_id != user.id:\n        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Not enough permissions") #<\n'), [4]);
  assert.deepEqual(lines('from flask import abort\ndef edit(post):\n    if not current_user.can(post):\n        abort(403) #<\n'), [4]);
  assert.deepEqual(lines('from flask import abort\ndef show(post):\n    if post is None:\n        abort(404)\n'), []);
  assert.deepEqual(lines('def test_password(user):\n    assert user.check_password("secret")\n', 'tests/test_models.py'), [], 'exercised in a test');
  assert.ok(detectSkills('def test_password(user):\n    assert user.check_password("secret")\n', 'tests/test_models.py').some((d) => d.skillId === 'authentication' && d.mention), 'still shown as a mention');
  assert.deepEqual(lines('def init(new_conn, attributes):\n    new_conn.set_password(attributes.get("password"))\n', 'dags/init.py'), []);
  assert.deepEqual(lines('def register(user, pw):\n    user.set_password(pw) #<\n', 'app/auth.py'), [2]);
});

test('a test file: errors it raises on purpose, logs it captures and a framework it only imports are exercised, not practised', () => {
  const shown = (src: string, skill: string, file = 'tests/test_jobs.py') => linesOf(src, skill, file);
  const raises = 'class Boom(Exception):\n    pass\ndef failing_job(ctx):\n    raise ValueError("expected failure")\n';
  assert.deepEqual(shown(raises, 'error-handling'), [], 'raised for the test to catch');
  assert.deepEqual(shown(raises, 'error-handling', 'app/jobs.py'), [1, 4], 'the same code in the program handles errors');
  assert.deepEqual(shown('def test_retry(worker):\n    try:\n        worker.run()\n    except TimeoutError: #<\n        worker.stop()\n', 'error-handling'), [4], 'a handler in a test still handles');
  assert.deepEqual(shown('import logging\ndef test_log(caplog):\n    caplog.set_level(logging.INFO)\n    assert "done" in caplog.text\n', 'logging'), []);
  assert.deepEqual(shown('from flask import url_for\ndef test_index(client):\n    assert client.get(url_for("main.index")).status_code == 200\n', 'flask'), []);
  assert.ok(detectSkills(raises, 'tests/test_jobs.py').some((d) => d.skillId === 'error-handling' && d.mention), 'still shown as a mention');
});

test('the newest release: except without brackets (3.14); Python 2\'s except binding a name is not it', () => {
  const lines = (src: string) => linesOf(src, 'try-new-release', 'app/deps.py');
  assert.deepEqual(lines('try:\n    decode(t)\nexcept InvalidTokenError, ValidationError: #<\n    raise Denied()\n'), [3]);
  assert.deepEqual(lines('try:\n    decode(t)\nexcept ValueError, e:\n    print(e)\n'), []);
  assert.deepEqual(lines('try:\n    decode(t)\nexcept (InvalidTokenError, ValidationError):\n    raise Denied()\n'), []);
});

test('linters run, not listed: a CI step or a tox environment that runs them; installing one is not', () => {
  const seen = (name: string, text: string) => detectSkills(text, name).filter((d) => d.skillId === 'linting-formatting' && !d.mention).map((d) => d.line);
  const wf = (run: string) => `on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Run ruff and black\n        run: ${run}\n`;
  assert.deepEqual(seen('.github/workflows/ci.yml', wf('pre-commit run --all-files')), [7]);
  assert.deepEqual(seen('.github/workflows/ci.yml', wf('tox run -f lint')), [7]);
  assert.deepEqual(seen('.github/workflows/ci.yml', wf('flask lint --check')), [7]);
  assert.deepEqual(seen('.github/workflows/ci.yml', wf('pip install black')), [], 'installed, not run');
  assert.deepEqual(seen('.github/workflows/ci.yml', wf('python ./pipx.pyz install black')), []);
  assert.deepEqual(seen('tox.ini', '[tox]\nenvlist = py312\n[testenv:precom]\ndeps = pre-commit\ncommands =\n    pre-commit run --all-files\n'), [6]);
  assert.deepEqual(seen('tox.ini', '[tox]\nenvlist = py312\n[testenv]\ndeps = pytest\ncommands = pytest tests\n'), []);
});

test('a program that makes an isolated environment', () => {
  const lines = (src: string) => linesOf(src, 'virtual-environments', 'src/backend.py');
  assert.deepEqual(lines('import subprocess\ndef make(python, path):\n    subprocess.run([python, "-m", "venv", "--clear", path]) #<\n'), [3]);
  assert.deepEqual(lines('import subprocess\ndef make(path):\n    subprocess.run(["uv venv", path]) #<\n'), [3]);
  assert.deepEqual(lines('import subprocess\ndef run(python):\n    subprocess.run([python, "-m", "pip", "list"])\n'), []);
});

test('sets chosen on purpose: a literal tested for membership, sets combined; a test comparing with a set is not', () => {
  const lines = (src: string, file = 'app/m.py') => linesOf(src, 'data-structures', file);
  assert.deepEqual(lines('def ask(answer):\n    return answer.lower() in {"y", "yes"} #<\n'), [2]);
  assert.deepEqual(lines('def help_asked(argv):\n    return bool(set(argv) & {"-h", "--help"}) #<\n'), [2]);
  assert.deepEqual(lines('def test_names(db):\n    assert set(db.table_names()) == {"a", "b"}\n', 'tests/test_db.py'), []);
  assert.deepEqual(lines('def f(a, b):\n    return a & b\n'), []);
});

test('a hand-written cache: a result stored by its key in something named for it', () => {
  const lines = (src: string, file = 'app/m.py') => linesOf(src, 'caching', file);
  assert.deepEqual(lines('def can_link(self, path):\n    if path not in self._can_symlink_cache:\n        self._can_symlink_cache[path] = probe(path) #<\n    return self._can_symlink_cache[path]\n'), [3]);
  assert.deepEqual(lines('memo = {}\ndef fib(n):\n    if n in memo:\n        return memo[n]\n    memo[n] = fib(n - 1) + fib(n - 2) #<\n    return memo[n]\n'), [5]);
  assert.deepEqual(lines('def f(table, k, v):\n    table[k] = v\n'), []);
  assert.deepEqual(lines('def test_cache(cache):\n    cache["a"] = 1\n', 'tests/test_cache.py'), []);
});

test('memory kept in check: arrays mapped from disk, files spilled past a size', () => {
  const lines = (src: string) => linesOf(src, 'memory-management', 'app/m.py');
  assert.deepEqual(lines('import numpy as np\nX = np.memmap("mnist.dat", dtype="float32", mode="r", shape=(70000, 784)) #<\n'), [2]);
  assert.deepEqual(lines('from tempfile import SpooledTemporaryFile #<\nbuf = SpooledTemporaryFile(max_size=1024 * 1024)\n'), [1]);
  assert.deepEqual(lines('import numpy as np\nX = np.zeros((3, 3))\nY = np.ones(3)\n'), []);
});

test('modern Python: zip(strict=True), exception notes, bracketed context managers', () => {
  const lines = (src: string) => linesOf(src, 'modern-python', 'app/m.py');
  assert.deepEqual(lines('def pairs(a, b):\n    return list(zip(a, b, strict=True)) #<\n'), [2]);
  assert.deepEqual(lines('def pairs(a, b):\n    return list(zip(a, b))\n'), []);
  assert.deepEqual(lines('def load(p):\n    try:\n        return read(p)\n    except OSError as e:\n        e.add_note(f"while reading {p}") #<\n        raise\n'), [5]);
  assert.deepEqual(lines('def copy(a, b):\n    with ( #<\n        open(a) as src,\n        open(b, "w") as dst,\n    ):\n        dst.write(src.read())\n'), [2]);
  assert.deepEqual(lines('def copy(a):\n    with (open(a)) as src:\n        return src.read()\n'), []);
});

suite('detection: a file a tool wrote is nobody\'s practice', () => {
  const shown = (src: string, file = 'm.py') => detectSkills(src, file).filter((d) => !d.mention).map((d) => d.skillId);
  const mentioned = (src: string, file = 'm.py') => detectSkills(src, file).filter((d) => d.mention).map((d) => d.reason);
  const alembic = '"""post model\n\nRevision ID: 1b9\nRevises: 198\n"""\nrevision = "1b9"\nfrom alembic import op\nimport sqlalchemy as sa\n\ndef upgrade():\n    ### commands auto generated by Alembic - please adjust! ###\n    op.create_table("posts", sa.Column("id", sa.Integer()))\n    ### end Alembic commands ###\n';
  const django = '# Generated by Django 3.2.9 on 2021-11-18 09:46\n\nfrom django.db import migrations, models\n\nclass Migration(migrations.Migration):\n    dependencies = [("common", "0001_initial")]\n    operations = [migrations.AlterField(model_name="m", name="id", field=models.BigAutoField(primary_key=True))]\n';
  test('Django\'s manage.py as startproject writes it shows its skills only as mentions', () => {
    const manage = '#!/usr/bin/env python\n"""Django\'s command-line utility for administrative tasks."""\nimport os\nimport sys\n\n\ndef main():\n    """Run administrative tasks."""\n    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")\n    try:\n        from django.core.management import execute_from_command_line\n    except ImportError as exc:\n        raise ImportError("Couldn\'t import Django.") from exc\n    execute_from_command_line(sys.argv)\n\n\nif __name__ == "__main__":\n    main()\n';
    assert.deepEqual(shown(manage, 'manage.py'), []);
    assert.ok(mentioned(manage, 'manage.py').length > 0);
    // A program of one's own that happens to start Django's commands too is written by hand.
    assert.ok(shown(manage + '\ndef seed(path):\n    for line in open(path):\n        if line:\n            total = len(line)\n' + 'x = 1\n'.repeat(120), 'manage.py').length > 0);
  });
  test('an Alembic or Django migration shows its skills only as mentions', () => {
    assert.deepEqual(shown(alembic), []);
    assert.deepEqual(shown(django, '0002_alter.py'), []);
    assert.ok(mentioned(alembic).length > 0 && mentioned(alembic).every((r) => r === 'in a generated file'));
    // The same code written by hand counts.
    const byHand = alembic.replace(/### .*###\n/g, '');
    assert.ok(shown(byHand).includes('sqlalchemy'), JSON.stringify(shown(byHand)));
    assert.ok(shown(django.replace('# Generated by Django 3.2.9 on 2021-11-18 09:46\n', ''), '0002_alter.py').length > 0);
  });
  test('markers in the header only: a comment about generated ids is not one', () => {
    assert.deepEqual(shown('# This file is automatically generated. DO NOT EDIT.\nimport re\nprint(re.sub("a", "b", s))\n'), []);
    assert.deepEqual(shown('# @generated by protoc\nimport re\nprint(re.sub("a", "b", s))\n'), []);
    assert.ok(shown('# the primary key is auto-generated\nimport re\nprint(re.sub("a", "b", s))\n').includes('regex'));
    const late = 'import re\n' + 'x = 1\n'.repeat(400) + '# DO NOT EDIT below\nprint(re.sub("a", "b", s))\n';
    assert.ok(shown(late).includes('regex'));
  });
});
