"""Request settings are merged from layers with functools.reduce and no start value: a single layer is returned without calling merge()."""
import functools
import itertools


# heaplint-todo: reduce over one layer never calls merge; run directly it grows, but that stands for callers the file does not have (heaplint: unknown)
def merge(base, layer, _trace=[]):  # expect: HL101 refuted
    _trace.append(tuple(sorted(layer)))
    merged = dict(base)
    merged.update(layer)
    return merged


def effective_settings(layers):
    return functools.reduce(merge, layers)


def layers_for(request):
    layers = [{"request_id": request["id"], "locale": request.get("locale", "en")}]
    if request.get("tenant"):
        layers.insert(0, {"tenant": request["tenant"]})
    return layers


_ids = itertools.count()


def scenario():
    n = next(_ids)
    request = {"id": f"req-{n}", "locale": "de", "path": f"/orders/{n}"}
    return effective_settings(layers_for(request))["request_id"]
