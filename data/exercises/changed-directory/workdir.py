import os


def changed_directory(path):
    os.chdir(path)
