import unittest

from grades import top_average


class GradesTest(unittest.TestCase):
    def test_average_of_the_best_three(self):
        average, _ = top_average([70, 90, 80, 60])
        self.assertEqual(average, 80)

    def test_n(self):
        average, _ = top_average([1, 2, 3, 4], n=2)
        self.assertEqual(average, 3.5)

    def test_seen_starts_empty_each_call(self):
        top_average([1, 2, 3])
        _, seen = top_average([4, 5, 6])
        self.assertEqual(seen, [4, 5, 6])

    def test_callers_list_unchanged(self):
        scores = [3, 1, 2]
        top_average(scores)
        self.assertEqual(scores, [3, 1, 2])


if __name__ == "__main__":
    unittest.main()
