"""Streaming JSON-ish encoder: circular references detected with a stack of containers being encoded."""
import functools
import itertools


def iterencode(obj, indent=None, _stack=[]):  # expect: HL101 confirmed
    if isinstance(obj, (dict, list)):
        if any(seen is obj for seen in _stack):
            raise ValueError("circular reference detected")
        _stack.append(obj)
        items = obj.items() if isinstance(obj, dict) else enumerate(obj)
        yield "{" if isinstance(obj, dict) else "["
        for key, value in items:
            yield f'"{key}": ' if isinstance(obj, dict) else ""
            yield from iterencode(value, indent)
            yield ", "
        yield "}" if isinstance(obj, dict) else "]"
        _stack.pop()
    else:
        yield f'"{obj}"' if isinstance(obj, str) else str(obj)


compact = functools.partial(iterencode, indent=None)


def preview(obj, limit=6):
    return "".join(itertools.islice(compact(obj), limit))


_events = itertools.count()


def scenario():
    n = next(_events)
    event = {"id": n, "user": {"name": f"u{n}", "roles": ["admin", "dev"]}, "seq": list(range(n % 5))}
    return preview(event)
