import unittest

from names import bad_function_names, to_camel, to_snake


class NamesTest(unittest.TestCase):
    def test_to_snake(self):
        self.assertEqual(to_snake("parseHttpResponse"), "parse_http_response")
        self.assertEqual(to_snake("HTTPServer"), "http_server")
        self.assertEqual(to_snake("already_snake"), "already_snake")

    def test_to_camel(self):
        self.assertEqual(to_camel("parse_http_response"), "parseHttpResponse")

    def test_bad_function_names(self):
        source = "def goodName():\n    pass\n\ndef fine_one():\n    def InnerBad():\n        pass\n\nasync def fetchAll():\n    pass\n"
        self.assertEqual(bad_function_names(source), ["goodName", "InnerBad", "fetchAll"])


if __name__ == "__main__":
    unittest.main()
