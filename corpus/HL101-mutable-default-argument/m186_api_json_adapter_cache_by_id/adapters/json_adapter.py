"""JSON adapter: model objects to JSON-ready data, following nested models."""
import json

SCALARS = (str, int, float, bool, type(None))


def dump(obj, seen=None, _cache={}):  # expect: HL101 confirmed
    """JSON-ready data for `obj`; `seen` holds the ids on the current path (cycles)."""
    if isinstance(obj, SCALARS):
        return obj
    if isinstance(obj, (list, tuple)):
        return [dump(item, seen) for item in obj]
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return {"$ref": type(obj).__name__}
    key = id(obj)
    if key not in _cache:
        _cache[key] = (obj, [name for name in vars(obj) if not name.startswith("_")])
    seen.add(id(obj))
    data = {name: dump(getattr(obj, name), seen) for name in _cache[key][1]}
    seen.discard(id(obj))
    return data


def dumps(obj):
    return json.dumps(dump(obj), sort_keys=True)
