"""Event consumer: known events update the read model; anything the projection cannot apply goes to the dead-letter list."""
import itertools


def apply(event, projection, _dead_letters=[]):  # expect: HL101 confirmed
    match event:
        case {"type": "created", "id": key, **fields}:
            projection[key] = dict(fields)
        case {"type": "renamed", "id": key, "name": name} if key in projection:
            projection[key]["name"] = name
        case {"type": "deleted", "id": key}:
            projection.pop(key, None)
        case _:
            _dead_letters.append(event)
    return len(projection)


_offsets = itertools.count()


def scenario():
    n = next(_offsets)
    projection = {}
    events = [
        {"type": "created", "id": n, "name": f"doc{n}"},
        {"type": "renamed", "id": n + 1, "name": f"doc{n}.txt"},
        {"type": "deleted", "id": n},
    ]
    for event in events:
        apply(event, projection)
    return projection
