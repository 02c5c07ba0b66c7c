import itertools
import sqlite3

from app.db import UserRepository

_ids = itertools.count(1)

_conn = sqlite3.connect(":memory:")
_conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")
_conn.executemany("INSERT INTO users VALUES (?, ?)",
                  [(i, "User%d@Example.com" % i) for i in range(1, 200)])
repo = UserRepository(_conn)


def scenario():
    n = next(_ids)
    batch = (n % 199 + 1, n + 5000, str(n * 3 % 199 + 1))
    emails = repo.emails_for(batch)
    repo.emails_for(("admin", None))
    return len(emails), repo.count()
