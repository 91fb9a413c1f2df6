import contextlib
import io
import unittest

from importer import import_rows


class ImporterTest(unittest.TestCase):
    def test_rows(self):
        with self.assertLogs("importer", level="INFO"):
            self.assertEqual(import_rows(["ada, 36", "alan,41"]), [("ada", 36), ("alan", 41)])

    def test_levels_and_messages(self):
        with self.assertLogs("importer", level="INFO") as logs:
            import_rows(["ada,36", "broken", "bob,x"])
        levels = [r.levelname for r in logs.records]
        self.assertEqual(levels.count("WARNING"), 2)
        warnings = [r.getMessage() for r in logs.records if r.levelname == "WARNING"]
        self.assertIn("2", warnings[0])
        self.assertIn("3", warnings[1])
        self.assertIn("imported 1 rows", [r.getMessage() for r in logs.records if r.levelname == "INFO"])

    def test_nothing_printed(self):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), self.assertLogs("importer", level="INFO"):
            import_rows(["ada,36", "broken"])
        self.assertEqual(out.getvalue(), "")


if __name__ == "__main__":
    unittest.main()
