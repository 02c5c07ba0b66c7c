"""UI telemetry: parsed client events are matched by shape; unexpected extra fields are kept for schema review."""
import itertools
import json


def route(event, _unexpected=[]):  # expect: HL101 confirmed
    match event:
        case {"type": "click", "x": int(x), "y": int(y), **rest} if rest:
            _unexpected.append(rest)
            return ("click", x, y)
        case {"type": "click", "x": int(x), "y": int(y)}:
            return ("click", x, y)
        case {"type": "key", "key": str(k) | bytes(k)}:
            return ("key", k)
        case [str(kind), *args]:
            return (kind, len(args))
        case _:
            return ("other",)


_frames = itertools.count()


def scenario():
    n = next(_frames)
    batch = json.loads(json.dumps([
        {"type": "click", "x": n % 800, "y": n % 600, "ts": 1700000000 + n},
        {"type": "key", "key": f"k{n % 26}"},
        ["scroll", n, 3],
    ]))
    return [route(e) for e in batch]
