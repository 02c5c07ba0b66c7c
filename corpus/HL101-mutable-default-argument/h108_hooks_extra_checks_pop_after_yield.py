"""Row import: `extra_checks()` pushes request-scoped checks on the active stack
for a `with` block and pops them after the `yield`; a rejected row raises out of
the block, the pop never runs, and its checks stay on the stack."""
import contextlib
import itertools

_rows = itertools.count()


class Rejected(Exception):
    pass


@contextlib.contextmanager
def extra_checks(*checks, _active=[]):  # expect: HL101 confirmed
    _active.append(checks)
    yield [check for group in _active for check in group]
    _active.pop()


def import_row(row, *checks):
    with extra_checks(*checks) as active:
        for check in active:
            problem = check(row)
            if problem:
                raise Rejected("line %d: %s" % (row["line"], problem))
    return row


def scenario():
    n = next(_rows)
    max_len = lambda row: "name too long" if len(row["name"]) > 8 else None
    done = []
    for row in ({"line": 2 * n, "name": "ok-%d" % (n % 10)}, {"line": 2 * n + 1, "name": "too-long-%d" % n}):
        try:
            done.append(import_row(row, max_len))
        except Rejected as exc:
            done.append(str(exc))
    return done
