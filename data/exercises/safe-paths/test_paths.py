import os
import tempfile
import unittest

from paths import safe_join


class PathsTest(unittest.TestCase):
    def setUp(self):
        self.base = os.path.realpath(tempfile.mkdtemp())
        os.makedirs(os.path.join(self.base, "2026", "q1"))

    def test_inside(self):
        self.assertEqual(safe_join(self.base, "report.pdf"), os.path.join(self.base, "report.pdf"))
        self.assertEqual(safe_join(self.base, "2026/q1/report.pdf"), os.path.join(self.base, "2026", "q1", "report.pdf"))

    def test_outside(self):
        for name in ("../secret.txt", "/etc/passwd", "a/../../x"):
            with self.assertRaises(ValueError, msg=name):
                safe_join(self.base, name)

    @unittest.skipIf(not hasattr(os, "symlink"), "no symbolic links here")
    def test_symlink_out(self):
        outside = tempfile.mkdtemp()
        try:
            os.symlink(outside, os.path.join(self.base, "link"))
        except OSError:
            self.skipTest("symbolic links are not allowed here")
        with self.assertRaises(ValueError):
            safe_join(self.base, "link/file.txt")


if __name__ == "__main__":
    unittest.main()
