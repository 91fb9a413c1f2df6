import functools
import unittest

from search import contains, insertion_point


@functools.total_ordering
class Counted:
    comparisons = 0

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        Counted.comparisons += 1
        return self.value == (other.value if isinstance(other, Counted) else other)

    def __lt__(self, other):
        Counted.comparisons += 1
        return self.value < (other.value if isinstance(other, Counted) else other)

    __hash__ = None


class SearchTest(unittest.TestCase):
    def test_insertion_point(self):
        items = [1, 3, 3, 5, 8]
        self.assertEqual([insertion_point(items, t) for t in (0, 1, 3, 4, 8, 9)], [0, 0, 1, 3, 4, 5])
        self.assertEqual(insertion_point([], 7), 0)

    def test_contains(self):
        items = [2, 4, 6, 8]
        self.assertTrue(contains(items, 6))
        self.assertFalse(contains(items, 5))
        self.assertFalse(contains([], 1))

    def test_logarithmic(self):
        items = [Counted(i) for i in range(0, 200_000, 2)]
        Counted.comparisons = 0
        self.assertTrue(contains(items, Counted(123_456)))
        self.assertFalse(contains(items, Counted(123_457)))
        self.assertLess(Counted.comparisons, 100)


if __name__ == "__main__":
    unittest.main()
