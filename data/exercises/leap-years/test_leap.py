import unittest

from leap import count_leap_years, is_leap


class LeapTest(unittest.TestCase):
    def test_divisible_by_four(self):
        self.assertTrue(is_leap(2024))
        self.assertFalse(is_leap(2023))

    def test_centuries(self):
        self.assertFalse(is_leap(1900))
        self.assertTrue(is_leap(2000))

    def test_count_includes_both_ends(self):
        self.assertEqual(count_leap_years(2000, 2008), 3)
        self.assertEqual(count_leap_years(1896, 1904), 2)

    def test_empty_range(self):
        self.assertEqual(count_leap_years(2010, 2000), 0)


if __name__ == "__main__":
    unittest.main()
