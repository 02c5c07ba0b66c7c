"""CSV import helper that tracks the current record path on a default stack via
a contextlib.contextmanager; the pop after `yield` is not in a finally block, so
every row that fails validation (the exception is thrown into the generator and
propagates) leaves its scope name on the shared stack, which grows."""
import contextlib
import itertools

_ids = itertools.count()


class RowError(ValueError):
    pass


@contextlib.contextmanager
def scope(name, _stack=[]):  # expect: HL101 confirmed
    _stack.append(name)
    yield "/".join(_stack)
    _stack.pop()


def _validate(row):
    if not row.get("email") or "@" not in row["email"]:
        raise RowError("invalid email in %r" % row.get("id"))
    if int(row.get("age", "0")) < 0:
        raise RowError("negative age")


def import_rows(batch_name, rows):
    imported, rejected = [], []
    for row in rows:
        try:
            with scope("%s/row-%s" % (batch_name, row["id"])) as where:
                _validate(row)
                imported.append((where, row["email"].lower()))
        except RowError as exc:
            rejected.append(str(exc))
    return imported, rejected


def scenario():
    n = next(_ids)
    email = "user%d@example.org" % n if n % 2 else "user%d-at-example.org" % n
    rows = [{"id": str(n), "email": email, "age": "30"}]
    imported, rejected = import_rows("batch-%d" % n, rows)
    return len(imported) - len(rejected)
