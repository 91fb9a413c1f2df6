import sqlite3
import unittest

import books

BOOKS = [
    ("Fluent Python", "Ramalho", 2015),
    ("Python Tricks", "Bader", 2017),
    ("Fluent Python, 2nd edition", "Ramalho", 2022),
    ("Bobby'); DROP TABLE books;--", "Mallory", 2020),
]


class BooksTest(unittest.TestCase):
    def setUp(self):
        self.conn = sqlite3.connect(":memory:")
        self.addCleanup(self.conn.close)
        books.create(self.conn)

    def test_insert_and_select(self):
        books.add(self.conn, BOOKS)
        self.assertEqual(books.by_author(self.conn, "Ramalho"), ["Fluent Python", "Fluent Python, 2nd edition"])

    def test_parameters_not_formatting(self):
        books.add(self.conn, BOOKS)
        self.assertEqual(books.by_author(self.conn, "Mallory"), ["Bobby'); DROP TABLE books;--"])

    def test_most_books(self):
        self.assertIsNone(books.most_books(self.conn))
        books.add(self.conn, BOOKS)
        self.assertEqual(books.most_books(self.conn), ("Ramalho", 2))


if __name__ == "__main__":
    unittest.main()
