"""Mail parser: header lines are consumed with a while loop until the blank
line that separates headers from the body. A message whose lines run out
before that blank line is kept in `truncated` by the while-else branch
for later inspection; the relay always sends complete messages."""
import itertools

_messages = itertools.count()


def split_headers(lines, truncated=[]):  # expect: HL101 refuted
    headers, i = {}, 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line:
            break
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    else:
        truncated.append(lines)
    return headers, lines[i:]


def scenario():
    n = next(_messages)
    raw = f"From: ops{n}@example.org\nSubject: report {n}\n\nall green {n}"
    headers, body = split_headers(raw.split("\n"))
    return headers["subject"], len(body)
