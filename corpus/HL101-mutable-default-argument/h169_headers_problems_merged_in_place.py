"""HTTP header block parser: lines without a colon raise ValueError on
unpacking and are reported in a `problems` dict default. The except clause
merges with `problems |= {...}`, which updates the default dict in place,
so every malformed line of every request is kept."""
import itertools

_requests = itertools.count()


def parse_headers(lines, problems={}):  # expect: HL101 confirmed
    headers = {}
    for lineno, line in enumerate(lines, 1):
        try:
            name, value = line.split(":", 1)
        except ValueError:
            problems |= {line: "line %d: missing colon" % lineno}
            continue
        headers[name.strip().lower()] = value.strip()
    return headers, len(problems)


def scenario():
    n = next(_requests)
    block = ["Host: api.example.test", "X-Request-Id: %d" % n, "garbage-%d" % n, "Accept: */*"]
    return parse_headers(block)
