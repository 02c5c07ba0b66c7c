"""Log dispatcher: handler failures are collected in `errors` (default: a
shared `[]`) and the list is cleared in the loop's `else:` clause. A fatal
failure `break`s out and skips it; while the collector is down every record
does, so the failures pile up in the default list."""
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

def dispatch(record, handlers, errors=[]):  # expect: HL101 confirmed
    for handler in handlers:
        try:
            handler(record)
        except FatalHandlerError as exc:
            errors.append((handler.__name__, record["seq"], str(exc)))
            break
        except Exception as exc:
            errors.append((handler.__name__, record["seq"], repr(exc)))
            continue
    else:
        errors.clear()
    return len(errors)

def scenario():
    n = next(_seq)
    return dispatch({"seq": n, "level": "ERROR", "msg": f"payment {n} declined"}, (to_console, to_remote))
