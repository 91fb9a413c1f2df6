import unittest

from people import by_age, names_by_length, oldest

PEOPLE = [{"name": "Grace", "age": 45}, {"name": "Ada", "age": 36}, {"name": "Alan", "age": 41}, {"name": "Edsger", "age": 45}]


class PeopleTest(unittest.TestCase):
    def test_by_age_then_name(self):
        self.assertEqual([p["name"] for p in by_age(PEOPLE)], ["Ada", "Alan", "Edsger", "Grace"])

    def test_input_unchanged(self):
        data = list(PEOPLE)
        by_age(data)
        self.assertEqual(data, PEOPLE)

    def test_oldest(self):
        self.assertEqual(oldest(PEOPLE), "Edsger")
        self.assertIsNone(oldest([]))

    def test_names_by_length(self):
        self.assertEqual(names_by_length(["Grace", "Ada", "Al", "Bob"]), ["Al", "Ada", "Bob", "Grace"])


if __name__ == "__main__":
    unittest.main()
