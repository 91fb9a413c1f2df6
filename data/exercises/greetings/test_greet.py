import unittest

from greet import greet, tagged, total


class GreetTest(unittest.TestCase):
    def test_defaults(self):
        self.assertEqual(greet("Ada"), "Hello, Ada!")

    def test_by_name(self):
        self.assertEqual(greet("Ada", greeting="Hi", punctuation="?"), "Hi, Ada?")

    def test_keyword_only(self):
        with self.assertRaises(TypeError):
            greet("Ada", "Hi")

    def test_total(self):
        self.assertEqual(total(1, 2, 3), 6)
        self.assertEqual(total(1, 2, start=10), 13)
        self.assertEqual(total(), 0)

    def test_tagged_is_a_new_list_each_time(self):
        self.assertEqual(tagged("x", ["a", "b"]), ["x:a", "x:b"])
        first = tagged("x")
        first.append("changed")
        self.assertEqual(tagged("x"), [])


if __name__ == "__main__":
    unittest.main()
