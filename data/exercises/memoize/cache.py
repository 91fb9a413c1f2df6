import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def ttl_cache(seconds, clock=time.monotonic):
    def decorate(func):
        return func

    return decorate
