"""HTTP parsing: a raw header line is split with partition(":"), the name
canonicalised with strip().title() and the value stripped; the parsed pair
is memoised in a dict default keyed by the whole raw line. Header values
change every request, so every line is a new key kept by the default."""
import itertools

_ids = itertools.count()


def parse_header(line, parsed={}):  # expect: HL101 confirmed
    if line not in parsed:
        raw, _, value = line.partition(":")
        parsed[line] = (raw.strip().title(), value.strip())
    return parsed[line]


def scenario():
    n = next(_ids)
    lines = [f"content-type: application/json; v={n}", f"X-REQUEST-ID:  req-{n:08x} ",
             f"accept-language : en-GB;q={n % 10 / 10}"]
    return dict(parse_header(line) for line in lines)
