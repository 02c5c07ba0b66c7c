"""parser: common-log-format lines into Hit records."""
import re

from .records import Hit

LINE = re.compile(r'(\S+) \S+ \S+ \[[^\]]+\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+|-)')


def parse_lines(lines, records=[]):  # expect: HL101 confirmed
    """Append a Hit for every well-formed line to `records` and return it."""
    for line in lines:
        match = LINE.match(line)
        if match is None:
            continue
        host, method, path, status, size = match.groups()
        records.append(Hit(host, method, path, int(status), 0 if size == "-" else int(size)))
    return records
