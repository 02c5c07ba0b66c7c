"""Access-log analyser: each line is matched with a regex and hits are
counted per (method, status) pair taken from the regex groups in a dict
default. The paths change every line but only a handful of method/status
pairs exist, so the default stops growing after the first few lines."""
import itertools
import re

_ids = itertools.count()
_LINE = re.compile(r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3})')


def count_hit(line, hits={}):  # expect: HL101 refuted
    match = _LINE.search(line)
    if match is None:
        return 0
    key = (match.group("method"), match.group("status"))
    hits[key] = hits.get(key, 0) + 1
    return hits[key]


def scenario():
    n = next(_ids)
    method = "GET" if n % 3 else "POST"
    line = f'10.0.{n % 250}.7 - - "{method} /orders/{n}/invoice?fmt=pdf HTTP/1.1" 200 {512 + n}'
    return count_hit(line)
