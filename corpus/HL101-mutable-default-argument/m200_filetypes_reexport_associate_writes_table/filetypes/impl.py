from . import registry


def register(kind, table={}):  # expect: HL101 confirmed
    """Declare a file kind; table maps extensions to handlers."""
    if not kind.isidentifier():
        raise ValueError(f"bad file kind {kind!r}")
    return registry.store(kind, table)


def associate(kind, ext, handler):
    if not ext.startswith("."):
        raise ValueError(f"extension must start with a dot: {ext!r}")
    table = registry.lookup(kind)
    table[ext.lower()] = handler
    return handler


def handler_for(kind, ext, fallback=None):
    table = registry.lookup(kind)
    return table.get(ext.lower(), fallback)
