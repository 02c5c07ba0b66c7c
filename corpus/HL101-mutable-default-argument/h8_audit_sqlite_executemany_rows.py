"""Audit writer: actions are staged in a default list, bulk-inserted with cursor.executemany, then the list is cleared."""
import itertools
import sqlite3
from contextlib import closing


def write_audit(conn, actor, actions, staged=[]):  # expect: HL101 unknown
    for action in actions:
        if not action:
            continue
        staged.append((actor, action.strip().lower()))
    cur = conn.cursor()
    try:
        cur.executemany("INSERT INTO audit (actor, action) VALUES (?, ?)", staged)
        conn.commit()
    finally:
        cur.close()
        staged.clear()
    return conn.execute("SELECT count(*) FROM audit").fetchone()[0]


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE audit (actor TEXT, action TEXT)")
        return write_audit(conn, f"user{n}", [" Login ", "", f"View:{n}"])
