"""Export format registry: format name -> function(rows) -> str."""


def register(name, fn=None, registry={}):  # expect: HL101 confirmed
    """register(name, fn) adds an exporter; register(name) returns the registered one."""
    if fn is not None:
        registry[name] = fn
    try:
        return registry[name]
    except KeyError:
        raise LookupError(f"no exporter registered for {name!r}") from None
