"""Import pipeline that tags log records with a nested scope path such as 'import/row:17'."""
import contextlib
import itertools
import logging

log = logging.getLogger("importer")


@contextlib.contextmanager
def log_scope(name, _stack=[]):  # expect: HL101 refuted
    _stack.append(name)
    try:
        yield "/".join(_stack)
    finally:
        _stack.pop()


def import_row(row):
    with log_scope(f"row:{row['id']}") as scope:
        if not row["email"]:
            raise ValueError(f"{scope}: missing email")
        log.debug("%s imported", scope)
        return row["email"].lower()


_rows = itertools.count()


def scenario():
    n = next(_rows)
    row = {"id": n, "email": f"User{n}@Example.org" if n % 3 == 0 else ""}
    try:
        return import_row(row)
    except ValueError as exc:
        log.info("skipped: %s", exc)
        return None
