"""Config loader: raw fragments are dispatched to a parser chosen by their kind."""
import itertools
import json

_ids = itertools.count()


def parse_json(text, registry):
    data = json.loads(text)
    registry.setdefault(data.get("name", "anon"), data)
    return data


def parse_kv(text, registry):
    data = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            data[key.strip()] = value.strip()
    registry.setdefault(data.get("name", "anon"), data)
    return data


HANDLERS = {"json": parse_json, "kv": parse_kv}


def load_fragment(kind, text, registry={}):  # expect: HL101 confirmed
    try:
        handler = HANDLERS[kind]
    except KeyError:
        raise ValueError("unsupported config kind: %r" % kind) from None
    return handler(text, registry)


def load_all(fragments):
    merged = {}
    for kind, text in fragments:
        merged.update(load_fragment(kind, text))
    return merged


def scenario():
    n = next(_ids)
    return load_all([("json", '{"name": "svc%d", "port": %d}' % (n, 8000 + n % 100)),
                     ("kv", "name = worker%d\nthreads = 4" % n)])
