"""Metrics line protocol: a memoizing decorator keeps results in a dict default
of its wrapper. It decorates the per-character escaper and tag values are joined
from their characters, so the memo holds at most one entry per character."""
import itertools

_points = itertools.count()
SPECIAL = {",": "\\,", " ": "\\ ", "=": "\\="}


def memoized(fn):
    def wrapper(text, _memo={}):  # expect: HL101 refuted
        try:
            return _memo[text]
        except KeyError:
            result = _memo[text] = fn(text)
            return result
    return wrapper


@memoized
def escape_char(ch):
    return SPECIAL.get(ch, ch)


def format_field(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return "%di" % value
    return repr(value) if isinstance(value, float) else '"%s"' % value.replace('"', '\\"')


def scenario():
    n = next(_points)
    tags = {"host": "web %d" % (n % 3), "request": "req=%08x" % n}
    fields = {"ok": n % 5 != 0, "bytes": 512 + n, "ms": n / 7.0, "path": "/a,b"}
    tag_part = ",".join("%s=%s" % (k, "".join(map(escape_char, v))) for k, v in sorted(tags.items()))
    field_part = ",".join("%s=%s" % (k, format_field(v)) for k, v in sorted(fields.items()))
    return "http,%s %s %d" % (tag_part, field_part, 1700000000000 + n)
