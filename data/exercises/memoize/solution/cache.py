import functools
import time


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def ttl_cache(seconds, clock=time.monotonic):
    def decorate(func):
        stored = {}

        @functools.wraps(func)
        def wrapper(*args):
            now = clock()
            hit = stored.get(args)
            if hit is not None and now - hit[1] < seconds:
                return hit[0]
            value = func(*args)
            stored[args] = (value, now)
            return value

        return wrapper

    return decorate
