"""HTTP parsing: a raw header line is split with partition(":") and the
name is canonicalised with strip().title(), memoised in a dict default
keyed by the raw name. Header values change every request, but the names
come from a small fixed set, so the memo stops growing."""
import itertools

_ids = itertools.count()


def parse_header(line, names={}):  # expect: HL101 refuted
    raw, _, value = line.partition(":")
    if raw not in names:
        names[raw] = raw.strip().title()
    return names[raw], value.strip()


def scenario():
    n = next(_ids)
    lines = [f"content-type: application/json; v={n}", f"X-REQUEST-ID:  req-{n:08x} ",
             f"accept-language : en-GB;q={n % 10 / 10}"]
    return dict(parse_header(line) for line in lines)
