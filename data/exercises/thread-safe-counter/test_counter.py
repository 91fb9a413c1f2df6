import threading
import unittest

from counter import Counter, squares_in_threads


class CounterTest(unittest.TestCase):
    def test_no_lost_increments(self):
        counter = Counter()

        def work():
            for _ in range(2_000):
                counter.increment()

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(counter.value, 16_000)

    def test_squares_in_order(self):
        self.assertEqual(squares_in_threads(range(10)), [n * n for n in range(10)])


if __name__ == "__main__":
    unittest.main()
