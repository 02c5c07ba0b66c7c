"""Lenient query-string parser for an analytics endpoint: pairs are split on
"&" and partitioned on "="; a pair without "=" is not an error but is
appended to an ``invalid`` list default so it can be logged later. Nothing
ever empties that list, so every malformed pair of every request stays."""
import itertools

_ids = itertools.count()


def parse_query(qs, invalid=[]):  # expect: HL101 confirmed
    params = {}
    for pair in qs.split("&"):
        key, sep, value = pair.partition("=")
        if not sep:
            invalid.append(pair)
            continue
        params.setdefault(key, []).append(value)
    return params, invalid


def scenario():
    n = next(_ids)
    params, invalid = parse_query(f"utm_source=mail&campaign=c{n}&ref{n}&page=2")
    return len(params), len(invalid)
