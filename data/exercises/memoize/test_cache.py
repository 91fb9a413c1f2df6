import threading
import unittest

from cache import fib, ttl_cache


class CacheTest(unittest.TestCase):
    def test_fib(self):
        self.assertEqual([fib(n) for n in range(8)], [0, 1, 1, 2, 3, 5, 8, 13])

    def test_fib_is_fast(self):
        result = []
        worker = threading.Thread(target=lambda: result.append(fib(300)), daemon=True)
        worker.start()
        worker.join(timeout=2)
        self.assertTrue(result, "fib(300) did not finish within 2 s: is it cached?")
        self.assertEqual(result[0] % 1_000_000, 979_600)

    def test_ttl(self):
        now = [0.0]
        calls = []

        @ttl_cache(10, clock=lambda: now[0])
        def square(x):
            calls.append(x)
            return x * x

        self.assertEqual(square(3), 9)
        now[0] = 5
        self.assertEqual(square(3), 9)
        self.assertEqual(calls, [3], "reused within 10 s")
        now[0] = 11
        square(3)
        self.assertEqual(calls, [3, 3], "computed again after 10 s")
        square(4)
        self.assertEqual(calls, [3, 3, 4])


if __name__ == "__main__":
    unittest.main()
