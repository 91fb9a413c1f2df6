import json
import unittest

from api import TodoApi


class ApiTest(unittest.TestCase):
    def setUp(self):
        self.api = TodoApi()

    def test_create_and_list(self):
        status, todo = self.api.handle("POST", "/todos", json.dumps({"title": "write tests"}))
        self.assertEqual((status, todo), (201, {"id": 1, "title": "write tests", "done": False}))
        self.api.handle("POST", "/todos", json.dumps({"title": "ship"}))
        status, todos = self.api.handle("GET", "/todos")
        self.assertEqual(status, 200)
        self.assertEqual([t["title"] for t in todos], ["write tests", "ship"])

    def test_get_and_delete(self):
        self.api.handle("POST", "/todos", json.dumps({"title": "a"}))
        self.assertEqual(self.api.handle("GET", "/todos/1")[0], 200)
        self.assertEqual(self.api.handle("DELETE", "/todos/1"), (204, None))
        self.assertEqual(self.api.handle("GET", "/todos/1")[0], 404)
        self.assertEqual(self.api.handle("DELETE", "/todos/1")[0], 404)

    def test_bad_bodies(self):
        for body in ("", "not json", json.dumps([1]), json.dumps({"title": 3}), json.dumps({})):
            self.assertEqual(self.api.handle("POST", "/todos", body)[0], 400, body)

    def test_methods_and_paths(self):
        self.assertEqual(self.api.handle("PUT", "/todos"), (405, {"error": "method not allowed"}))
        self.assertEqual(self.api.handle("GET", "/users")[0], 404)
        self.assertEqual(self.api.handle("GET", "/todos/abc")[0], 404)


if __name__ == "__main__":
    unittest.main()
