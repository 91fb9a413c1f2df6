import os


def safe_join(base, name):
    return os.path.join(base, name)
