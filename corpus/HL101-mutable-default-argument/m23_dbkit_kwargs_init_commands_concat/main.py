"""API worker: every request opens a database session for the calling user."""
import itertools

import sessions

_requests = itertools.count()


def scenario():
    n = next(_requests)
    conn = sessions.connect_for(f"user{n}", timeout=2.0)
    return conn.dialect, len(conn.executed)
