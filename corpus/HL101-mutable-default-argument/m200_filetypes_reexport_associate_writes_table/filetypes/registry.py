"""Process-wide table: file kind -> {extension: handler}."""
REGISTRY = {}


def store(kind, table):
    REGISTRY[kind] = table
    return table


def lookup(kind):
    try:
        return REGISTRY[kind]
    except KeyError:
        raise LookupError(f"unknown file kind {kind!r}") from None


def kinds():
    return sorted(REGISTRY)
