import unittest

from requirements import parse, unpinned

TEXT = """
# web
Django==5.1.3
uvicorn[standard] >= 0.30, < 1   # the server
requests==2.32.3
Typing_Extensions
-r dev.txt
"""


class RequirementsTest(unittest.TestCase):
    def test_parse(self):
        self.assertEqual(parse(TEXT), {"django": "==5.1.3", "uvicorn": ">=0.30,<1", "requests": "==2.32.3", "typing-extensions": ""})

    def test_unpinned(self):
        self.assertEqual(unpinned(TEXT), ["typing-extensions", "uvicorn"])


if __name__ == "__main__":
    unittest.main()
