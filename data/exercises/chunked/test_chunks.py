import itertools
import types
import unittest

from chunks import chunked


class ChunkedTest(unittest.TestCase):
    def test_chunks(self):
        self.assertEqual(list(chunked(range(5), 2)), [[0, 1], [2, 3], [4]])
        self.assertEqual(list(chunked([], 3)), [])

    def test_is_a_generator(self):
        self.assertIsInstance(chunked([1, 2], 1), types.GeneratorType)

    def test_lazy_on_an_endless_iterator(self):
        first = next(chunked(itertools.count(), 3))
        self.assertEqual(first, [0, 1, 2])

    def test_bad_size(self):
        with self.assertRaises(ValueError):
            chunked([1], 0)


if __name__ == "__main__":
    unittest.main()
