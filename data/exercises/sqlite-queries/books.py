def create(conn):
    pass


def add(conn, books):
    for title, author, year in books:
        conn.execute(f"INSERT INTO books VALUES ('{title}', '{author}', {year})")


def by_author(conn, author):
    return []


def most_books(conn):
    return None
