"""Log search: compile_pattern() memoises compiled regexes in a default dict keyed by (pattern, flags).

The saved searches build their patterns from a fixed set of fields and a fixed set of terms, so
the shared `_compiled` default fills once with those few patterns and then only serves hits.
"""
import itertools
import re

_ids = itertools.count()

_FIELDS = ("level", "service", "user", "path")
_TERMS = ("warn", "api", "admin", "orders")


def compile_pattern(pat, flags=0, _compiled={}):  # expect: HL101 refuted
    key = (pat, flags)
    regex = _compiled.get(key)
    if regex is None:
        regex = _compiled[key] = re.compile(pat, flags)
    return regex


def build_pattern(field, term):
    # field=value pairs in a key=value log line; the value must contain the term
    return r"\b%s=(?P<value>\S*%s\S*)" % (re.escape(field), re.escape(term))


def search(lines, field, term, ignore_case=True):
    regex = compile_pattern(build_pattern(field, term), re.IGNORECASE if ignore_case else 0)
    hits = []
    for number, line in enumerate(lines, 1):
        match = regex.search(line)
        if match:
            hits.append((number, match.group("value")))
    return hits


def scenario():
    n = next(_ids)
    lines = [
        "level=info service=api user=u%d path=/orders/%d" % (n, n),
        "level=warn service=db user=u%d path=/stock" % (n + 1),
        "level=info service=api user=admin path=/health",
    ]
    field = _FIELDS[n % len(_FIELDS)]
    return search(lines, field, _TERMS[n % len(_TERMS)])
