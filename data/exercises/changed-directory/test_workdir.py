import os
import tempfile
import unittest

from workdir import changed_directory


class WorkdirTest(unittest.TestCase):
    def setUp(self):
        self.start = os.getcwd()
        self.addCleanup(os.chdir, self.start)
        self.target = os.path.realpath(tempfile.mkdtemp())

    def test_inside_and_after(self):
        with changed_directory(self.target) as before:
            self.assertEqual(os.path.realpath(os.getcwd()), self.target)
            self.assertEqual(before, self.start)
        self.assertEqual(os.getcwd(), self.start)

    def test_back_after_an_exception(self):
        with self.assertRaises(KeyError):
            with changed_directory(self.target):
                raise KeyError("boom")
        self.assertEqual(os.getcwd(), self.start)


if __name__ == "__main__":
    unittest.main()
