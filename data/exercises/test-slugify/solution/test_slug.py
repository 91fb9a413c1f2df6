import unittest

from slug import slugify


class SlugTest(unittest.TestCase):
    def test_lower_case(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_no_dash_at_the_ends(self):
        self.assertEqual(slugify("  Hello, World!  "), "hello-world")

    def test_runs_become_one_dash(self):
        self.assertEqual(slugify("a  --  b"), "a-b")

    def test_max_length(self):
        slug = slugify("the quick brown fox jumps over the lazy dog", max_length=12)
        self.assertLessEqual(len(slug), 12)
        self.assertFalse(slug.endswith("-"))
        self.assertEqual(slug, "the-quick")


if __name__ == "__main__":
    unittest.main()
