import itertools
import unittest

from idioms import count_words, has_negative, numbered, pair_up


class IdiomsTest(unittest.TestCase):
    def test_pair_up(self):
        self.assertEqual(pair_up(["a", "b"], [1, 2]), {"a": 1, "b": 2})
        with self.assertRaises(ValueError):
            pair_up(["a", "b"], [1])

    def test_numbered(self):
        self.assertEqual(numbered(["tea", "coffee"]), ["1. tea", "2. coffee"])

    def test_count_words(self):
        self.assertEqual(count_words(["a", "b", "a"]), {"a": 2, "b": 1})

    def test_has_negative_stops_early(self):
        self.assertTrue(has_negative(itertools.chain([3, -1], itertools.count())))
        self.assertFalse(has_negative([0, 1, 2]))


if __name__ == "__main__":
    unittest.main()
