"""Runs an exercise's unittest tests and writes one JSON object per test to stdout.

Python Roadmap starts it with the learner's Python, in the exercise folder, with no shell:
    python runner.py test_one.py [test_two.py ...]
Each line: {"id", "name", "outcome": "passed"|"failed"|"error"|"skipped", "message", "expected", "actual",
"file", "line", "failLine"}: the test file, the line of the test's def and the line in it that failed.
Whatever the learner's code prints goes to stderr, never into the results. Standard library only.
"""
import json
import os
import sys
import traceback
import unittest

_results = sys.stdout
_last = {}
_assert_equal = unittest.TestCase.assertEqual


def _recording_assert_equal(self, first, second, msg=None):
    # What the test expected and what the code gave, kept for the diff in VS Code's Testing view.
    try:
        _assert_equal(self, first, second, msg)
    except AssertionError:
        _last[self.id()] = (repr(second), repr(first))
        raise


unittest.TestCase.assertEqual = _recording_assert_equal


def _write(record):
    _results.write(json.dumps(record) + "\n")
    _results.flush()


def _where(test):
    # The test file and the line of the test method's def, for the Testing view to go to.
    method = getattr(type(test), getattr(test, "_testMethodName", ""), None)
    code = getattr(method, "__code__", None)
    if code is None:
        return {}
    return {"file": os.path.basename(code.co_filename), "line": code.co_firstlineno}


def _fail_line(test, tb):
    # The deepest frame in the test's own file: the assertion (or call) that failed.
    method = getattr(type(test), getattr(test, "_testMethodName", ""), None)
    code = getattr(method, "__code__", None)
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if code is not None and frame.f_code.co_filename == code.co_filename:
            line = lineno
    return line


class _Result(unittest.TestResult):
    def _emit(self, test, outcome, err=None):
        record = {"id": test.id(), "name": getattr(test, "_testMethodName", str(test)), "outcome": outcome}
        record.update(_where(test))
        if err is not None:
            line = _fail_line(test, err[2])
            if line:
                record["failLine"] = line
            kind, value, tb = err
            # A failure says what the assertion said; an error its traceback, without unittest's own frames.
            record["message"] = str(value) if outcome == "failed" else self._exc_info_to_string(err, test).strip()
            pair = _last.pop(test.id(), None)
            if pair:
                record["expected"], record["actual"] = pair
        _write(record)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._emit(test, "passed")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._emit(test, "failed", err)

    def addError(self, test, err):
        super().addError(test, err)
        self._emit(test, "error", err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        record = {"id": test.id(), "name": getattr(test, "_testMethodName", str(test)), "outcome": "skipped", "message": reason}
        record.update(_where(test))
        _write(record)


def main(files):
    sys.path.insert(0, os.getcwd())
    sys.stdout = sys.stderr
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for name in files:
        module = os.path.splitext(os.path.basename(name))[0]
        try:
            suite.addTests(loader.loadTestsFromName(module))
        except Exception:  # the code does not even import: one error for the file
            _write({"id": module, "name": module, "outcome": "error", "message": traceback.format_exc(limit=4)})
            return 1
    result = _Result()
    suite.run(result)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
