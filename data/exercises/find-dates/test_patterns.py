import unittest

from patterns import find_dates, is_email


class PatternsTest(unittest.TestCase):
    def test_dates_in_order(self):
        text = "Released 2024-10-07, patched 2024-12-03; planned for 2025-10-01."
        self.assertEqual(find_dates(text), [(2024, 10, 7), (2024, 12, 3), (2025, 10, 1)])

    def test_dates_must_stand_alone(self):
        self.assertEqual(find_dates("x2024-01-01 and 2024-01-011 and 2024-13-01"), [])

    def test_emails(self):
        self.assertTrue(is_email("ada.lovelace@example.org"))
        self.assertTrue(is_email("a+b_c-d@mail.co.uk"))
        for bad in ("ada@", "@example.org", "ada@example", "ada lovelace@example.org", "a@b@c.org", "see ada@example.org"):
            self.assertFalse(is_email(bad), bad)


if __name__ == "__main__":
    unittest.main()
