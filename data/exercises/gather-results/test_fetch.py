import asyncio
import time
import unittest

from fetch import fetch_all, fetch_within


class FetchTest(unittest.TestCase):
    def test_order_kept(self):
        self.assertEqual(asyncio.run(fetch_all([("b", 0.05), ("a", 0.01)])), ["B", "A"])

    def test_concurrent(self):
        start = time.monotonic()
        asyncio.run(fetch_all([("x", 0.2)] * 4))
        self.assertLess(time.monotonic() - start, 0.5)

    def test_timeout(self):
        start = time.monotonic()
        results = asyncio.run(fetch_within([("fast", 0.01), ("slow", 2), ("ok", 0.05)], timeout=0.2))
        self.assertEqual(results, ["FAST", None, "OK"])
        self.assertLess(time.monotonic() - start, 1)


if __name__ == "__main__":
    unittest.main()
