"""In-memory access log, shown on the /debug/recent page."""

KEEP = 20


def write(line, keep=KEEP, _lines=[]):  # expect: HL101 refuted
    """Append one line; only the newest `keep` lines are kept for the page."""
    _lines.append(line)
    del _lines[:-keep]
    return _lines


def recent(count=5):
    """The newest `count` lines, for the page header."""
    return list(write.__defaults__[-1][-count:])
