"""In-memory access log, shown on the /debug/recent page."""

KEEP = 20


def write(line, keep=KEEP, _lines=[]):  # expect: HL101 confirmed
    """Append one line; the page shows the newest `keep` lines."""
    _lines.append(line)
    return _lines[-keep:]


def recent(count=5):
    """The newest `count` lines, for the page header."""
    return list(write.__defaults__[-1][-count:])
