"""Tagged encoder: shared sub-objects are written once and referenced by memo index; memo reset per dump."""
import itertools


def _encode(obj, out, memo):
    if id(obj) in memo:
        out.append(f"@{memo[id(obj)][0]}")
    elif isinstance(obj, (str, int, float, bool)) or obj is None:
        out.append(repr(obj))
    elif isinstance(obj, (dict, list, tuple)):
        memo[id(obj)] = (len(memo), obj)
        is_map = isinstance(obj, dict)
        out.append("{" if is_map else "[")
        for item in ([p for key in sorted(obj) for p in (key, obj[key])] if is_map else obj):
            _encode(item, out, memo)
        out.append("}" if is_map else "]")
    else:
        raise TypeError(f"cannot encode {type(obj).__name__}")
    return out


def dumps(obj, memo={}):  # expect: HL101 refuted
    try:
        return " ".join(_encode(obj, [], memo))
    finally:
        memo.clear()


_docs = itertools.count()


def scenario():
    n = next(_docs)
    author = {"id": n, "name": f"user{n}"}
    full = {"author": author, "editors": [author], "session": object()}
    for doc in (full, {"author": author, "tags": ["news", f"t{n % 7}"]}):
        try:
            return dumps(doc)
        except TypeError:
            continue  # fall back to the summary record
