import unittest

from flatten import flatten


class FlattenTest(unittest.TestCase):
    def test_one_level(self):
        self.assertEqual(flatten([1, [2, 3], 4]), [1, 2, 3, 4])

    def test_any_depth(self):
        self.assertEqual(flatten([1, [2, [3, [4, [5]]]]]), [1, 2, 3, 4, 5])

    def test_empty_lists(self):
        self.assertEqual(flatten([]), [])
        self.assertEqual(flatten([[], [[]]]), [])

    def test_strings_are_values(self):
        self.assertEqual(flatten([["ab", ["c"]], "d"]), ["ab", "c", "d"])

    def test_input_unchanged(self):
        data = [1, [2, [3]]]
        flatten(data)
        self.assertEqual(data, [1, [2, [3]]])


if __name__ == "__main__":
    unittest.main()
