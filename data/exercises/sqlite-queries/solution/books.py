def create(conn):
    conn.execute("CREATE TABLE books (title TEXT, author TEXT, year INTEGER)")


def add(conn, books):
    with conn:
        conn.executemany("INSERT INTO books (title, author, year) VALUES (?, ?, ?)", books)


def by_author(conn, author):
    rows = conn.execute("SELECT title FROM books WHERE author = ? ORDER BY year", (author,))
    return [title for (title,) in rows]


def most_books(conn):
    row = conn.execute(
        "SELECT author, COUNT(*) AS n FROM books GROUP BY author ORDER BY n DESC, author LIMIT 1"
    ).fetchone()
    return (row[0], row[1]) if row else None
