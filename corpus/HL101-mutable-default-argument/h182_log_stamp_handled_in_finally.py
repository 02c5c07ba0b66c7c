"""Log shipper: `parse_stamp` parses a line's timestamp with
datetime.strptime and records the text in a `handled` set default from a
`finally` block, so the shipper can tell which stamps it has already looked
at. The scenario's lines use syslog-style stamps that do not match the ISO
format: strptime raises, the error is re-raised as a clearer ValueError, but
the finally block still adds each new text and the shared set grows."""
import datetime
import itertools

_lines = itertools.count()
ISO = "%Y-%m-%dT%H:%M:%S"


def parse_stamp(text, handled=set()):  # expect: HL101 confirmed
    try:
        stamp = datetime.datetime.strptime(text, ISO)
    except ValueError:
        raise ValueError(f"unparseable stamp {text!r}") from None
    finally:
        handled.add(text)
    return stamp


def ship(line):
    text, _, message = line.partition(" | ")
    try:
        return {"ts": parse_stamp(text).isoformat(), "msg": message}
    except ValueError as exc:
        return {"ts": None, "msg": message, "warning": str(exc)}


def scenario():
    n = next(_lines)
    return ship(f"Mar {1 + n % 28:2d} 10:{n % 60:02d}:07 node-{n} | disk usage {n % 100}%")
