"""Log dispatcher: handler failures are collected in `errors` (default: a
shared `[]`) and counted before a `finally:` clause clears the list. A fatal
failure `break`s out of the loop, but `finally` still runs, so even while the
collector is down the default list is empty again after every record."""
import collections
import itertools

_seq = itertools.count()
SCROLLBACK = collections.deque(maxlen=8)
COLLECTOR_UP = False

class FatalHandlerError(Exception):
    """The handler cannot continue; later handlers are skipped."""

def to_console(record):
    SCROLLBACK.append(f"{record['level']}: {record['msg']}")

def to_remote(record):
    if not COLLECTOR_UP:
        raise FatalHandlerError(f"collector unreachable (record {record['seq']})")

def dispatch(record, handlers, errors=[]):  # expect: HL101 refuted
    try:
        for handler in handlers:
            try:
                handler(record)
            except FatalHandlerError as exc:
                errors.append((handler.__name__, record["seq"], str(exc)))
                break
            except Exception as exc:
                errors.append((handler.__name__, record["seq"], repr(exc)))
                continue
        return len(errors)
    finally:
        errors.clear()

def scenario():
    n = next(_seq)
    return dispatch({"seq": n, "level": "ERROR", "msg": f"payment {n} declined"}, (to_console, to_remote))
