import unittest

from words import initials, lengths, long_words

WORDS = ["Python", "is", "a", "snake", "and", "a", "language", ""]


class WordsTest(unittest.TestCase):
    def test_long_words(self):
        self.assertEqual(long_words(WORDS, 3), ["Python", "snake", "language"])

    def test_lengths(self):
        self.assertEqual(lengths(["Apple", "fig"]), {"apple": 5, "fig": 3})

    def test_initials(self):
        self.assertEqual(initials(WORDS), {"p", "i", "a", "s", "l"})


if __name__ == "__main__":
    unittest.main()
