"""URL query builder: params come as a dict or as pairs; multi-valued params are recorded so the router knows which keys to split back."""
import itertools
import json

SETTINGS = json.loads('{"max_params": 16, "sort": true}')


def _pairs(params):
    if isinstance(params, dict):
        return list(params.items())
    if isinstance(params, (list, tuple)):
        return [tuple(pair) for pair in params]
    raise TypeError(f"unsupported params: {type(params).__name__}")


def encode_query(params, _multi_valued=[]):  # expect: HL101 refuted
    pairs = _pairs(params)
    if len(pairs) > SETTINGS["max_params"]:
        raise ValueError("too many query parameters")
    if SETTINGS["sort"]:
        pairs.sort(key=lambda pair: pair[0])
    parts = []
    for key, value in pairs:
        if isinstance(value, (list, tuple)):
            _multi_valued.append((key, len(value)))
            parts.extend(f"{key}={item}" for item in value)
        else:
            parts.append(f"{key}={value}")
    return "&".join(parts)


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return encode_query({"page": n, "tag": f"news,n{n}"})
