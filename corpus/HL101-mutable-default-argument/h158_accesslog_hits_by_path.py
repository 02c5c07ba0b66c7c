"""Access-log analyser: each line is matched with a regex and hits are
counted per request path (the `path` group without its query string) in a
dict default. Paths carry the order id, so every line adds a new key."""
import itertools
import re

_ids = itertools.count()
_LINE = re.compile(r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3})')


def count_hit(line, hits={}):  # expect: HL101 confirmed
    match = _LINE.search(line)
    if match is None:
        return 0
    key = match.group("path").split("?", 1)[0]
    hits[key] = hits.get(key, 0) + 1
    return hits[key]


def scenario():
    n = next(_ids)
    method = "GET" if n % 3 else "POST"
    line = f'10.0.{n % 250}.7 - - "{method} /orders/{n}/invoice?fmt=pdf HTTP/1.1" 200 {512 + n}'
    return count_hit(line)
