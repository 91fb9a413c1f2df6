import contextlib
import io
import os
import tempfile
import unittest

from wc import main


class WcTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.a = os.path.join(self.dir, "a.txt")
        self.b = os.path.join(self.dir, "b.txt")
        with open(self.a, "w", encoding="utf-8") as f:
            f.write("one two three\nfour\n")
        with open(self.b, "w", encoding="utf-8") as f:
            f.write("five\n")

    def run_main(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(list(argv))
        return status, out.getvalue(), err.getvalue()

    def test_words(self):
        self.assertEqual(self.run_main(self.a), (0, f"4 {self.a}\n", ""))

    def test_lines_and_total(self):
        status, out, _ = self.run_main("--lines", self.a, self.b)
        self.assertEqual(status, 0)
        self.assertEqual(out, f"2 {self.a}\n1 {self.b}\n3 total\n")

    def test_missing_file(self):
        missing = os.path.join(self.dir, "nope.txt")
        status, out, err = self.run_main("-l", missing, self.b)
        self.assertEqual(status, 1)
        self.assertIn("nope.txt", err)
        self.assertIn(f"1 {self.b}", out)

    def test_no_file_is_a_usage_error(self):
        with self.assertRaises(SystemExit) as caught:
            self.run_main()
        self.assertEqual(caught.exception.code, 2)


if __name__ == "__main__":
    unittest.main()
