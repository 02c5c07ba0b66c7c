"""Savepoints: nested, partial rollbacks inside one transaction."""
import contextlib


@contextlib.contextmanager
def savepoint(session, _open=[]):  # expect: HL101 confirmed
    """Open a savepoint; `_open` lists the savepoints currently open, innermost last."""
    name = f"sp_{len(_open)}_{session.name.replace('-', '_')}"
    _open.append(name)
    session.execute(f"SAVEPOINT {name}")
    try:
        yield name
    except Exception:
        session.execute(f"ROLLBACK TO SAVEPOINT {name}")
        raise
    session.execute(f"RELEASE SAVEPOINT {name}")
    _open.pop()
