"""Exporter registry: the decorator stores each exporter in a default dict when its module is imported."""


def exporter(fn, registry={}):  # expect: HL101 refuted
    registry[fn.__name__] = fn
    fn.registered = len(registry)
    return fn
