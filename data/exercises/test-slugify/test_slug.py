import unittest

from slug import slugify


class SlugTest(unittest.TestCase):
    def test_something(self):
        self.fail("write your tests: one for each promise in slugify's docstring")


if __name__ == "__main__":
    unittest.main()
