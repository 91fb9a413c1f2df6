import os
import tempfile
import unittest

from stats import line_stats, write_summary


class StatsTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.source = os.path.join(self.dir, "poem.txt")
        with open(self.source, "w", encoding="utf-8") as f:
            f.write("Beautiful is better than ugly.\n\n   \nExplicit is better — than implicit.\n")

    def test_counts(self):
        self.assertEqual(line_stats(self.source), {"lines": 4, "blank": 2, "words": 11})

    def test_missing_file(self):
        with self.assertRaises(FileNotFoundError):
            line_stats(os.path.join(self.dir, "nope.txt"))

    def test_summary_replaces_the_target(self):
        target = os.path.join(self.dir, "summary.txt")
        with open(target, "w", encoding="utf-8") as f:
            f.write("old content that must go\n")
        write_summary(self.source, target)
        with open(target, encoding="utf-8") as f:
            self.assertEqual(f.read(), "lines=4 blank=2 words=11\n")


if __name__ == "__main__":
    unittest.main()
