import contextlib
import os


@contextlib.contextmanager
def changed_directory(path):
    before = os.getcwd()
    os.chdir(path)
    try:
        yield before
    finally:
        os.chdir(before)
