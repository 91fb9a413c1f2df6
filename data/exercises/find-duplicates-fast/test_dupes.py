import threading
import unittest

from dupes import duplicates


class DupesTest(unittest.TestCase):
    def test_answers(self):
        self.assertEqual(duplicates([3, 1, 3, 2, 1, 3]), [3, 1])
        self.assertEqual(duplicates(["b", "a", "a", "b"]), ["a", "b"])
        self.assertEqual(duplicates([1, 2, 3]), [])

    def test_a_million_items(self):
        items = list(range(500_000)) + list(range(499_999, -1, -1))
        result = []
        worker = threading.Thread(target=lambda: result.append(duplicates(items)), daemon=True)
        worker.start()
        worker.join(timeout=3)
        self.assertTrue(result, "a million items took over 3 s")
        self.assertEqual(result[0][:3], [499_999, 499_998, 499_997])


if __name__ == "__main__":
    unittest.main()
