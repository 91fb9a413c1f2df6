import unittest

from counting import counted


@counted
def add(a, b=0):
    """Add two numbers."""
    return a + b


class CountedTest(unittest.TestCase):
    def test_counts(self):
        @counted
        def f():
            return 1

        self.assertEqual(f.calls, 0)
        f()
        f()
        self.assertEqual(f.calls, 2)

    def test_arguments_and_result(self):
        self.assertEqual(add(2, b=3), 5)

    def test_keeps_name_and_doc(self):
        self.assertEqual(add.__name__, "add")
        self.assertEqual(add.__doc__, "Add two numbers.")


if __name__ == "__main__":
    unittest.main()
