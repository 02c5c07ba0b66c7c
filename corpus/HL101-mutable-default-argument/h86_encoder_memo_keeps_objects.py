"""Tagged binary-ish encoder: shared sub-objects are written once and later referenced by memo index."""
import itertools


def encode(obj, out=None, memo={}):  # expect: HL101 confirmed
    out = [] if out is None else out
    if id(obj) in memo:
        out.append(f"@{memo[id(obj)][0]}")
    elif isinstance(obj, (str, int, float, bool)) or obj is None:
        out.append(repr(obj))
    elif isinstance(obj, dict):
        memo[id(obj)] = (len(memo), obj)
        out.append("{")
        for key in sorted(obj):
            encode(key, out, memo)
            encode(obj[key], out, memo)
        out.append("}")
    elif isinstance(obj, (list, tuple)):
        memo[id(obj)] = (len(memo), obj)
        out.append("[")
        for item in obj:
            encode(item, out, memo)
        out.append("]")
    else:
        raise TypeError(f"cannot encode {type(obj).__name__}")
    return out


_docs = itertools.count()


def scenario():
    n = next(_docs)
    author = {"id": n, "name": f"user{n}"}
    post = {"author": author, "editors": [author], "tags": ["news", f"t{n % 7}"]}
    return " ".join(encode(post))
