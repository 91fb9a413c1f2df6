import json


class TodoApi:
    def __init__(self):
        self.todos = {}
        self.next_id = 1

    def handle(self, method, path, body=""):
        parts = [p for p in path.split("/") if p]
        if not parts or parts[0] != "todos" or len(parts) > 2:
            return 404, {"error": "not found"}
        if len(parts) == 1:
            if method == "GET":
                return 200, list(self.todos.values())
            if method == "POST":
                return self._create(body)
            return 405, {"error": "method not allowed"}
        if not parts[1].isdigit() or int(parts[1]) not in self.todos:
            return 404, {"error": "not found"}
        todo_id = int(parts[1])
        if method == "GET":
            return 200, self.todos[todo_id]
        if method == "DELETE":
            del self.todos[todo_id]
            return 204, None
        return 405, {"error": "method not allowed"}

    def _create(self, body):
        try:
            data = json.loads(body)
        except (ValueError, TypeError):
            return 400, {"error": "the body is not JSON"}
        if not isinstance(data, dict) or not isinstance(data.get("title"), str) or not data["title"].strip():
            return 400, {"error": "a title is needed"}
        todo = {"id": self.next_id, "title": data["title"], "done": False}
        self.todos[self.next_id] = todo
        self.next_id += 1
        return 201, todo
