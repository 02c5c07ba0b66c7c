"""Vector export: `render_group()` pushes a group's offset on a stack, renders
its children (nested groups recursively) at the summed offset and pops it; a
vertex equal to the first one closes the path. A hidden group returns early
before anything is pushed, so every push is matched by a pop."""
import itertools

_drawings = itertools.count()


def render_group(group, _offsets=[]):  # expect: HL101 refuted
    if group.get("hidden"):
        return []
    _offsets.append(group["offset"])
    dx, dy = sum(o[0] for o in _offsets), sum(o[1] for o in _offsets)
    paths = []
    for child in group["children"]:
        if isinstance(child, dict):
            paths.extend(render_group(child))
            continue
        points = []
        for x, y in child:
            if points and (x + dx, y + dy) == points[0]:
                break
            points.append((x + dx, y + dy))
        paths.append("M " + " L ".join("%g %g" % p for p in points) + " Z")
    _offsets.pop()
    return paths


def scenario():
    n = next(_drawings)
    square = [(0, 0), (n, 0), (n, n), (0, n), (0, 0)]
    guides = {"offset": (n, -n), "hidden": True, "children": [square]}
    layer = {"offset": (n % 5, 2), "children": [square]}
    return render_group({"offset": (8, 8 + n % 4), "children": [guides, layer]})
