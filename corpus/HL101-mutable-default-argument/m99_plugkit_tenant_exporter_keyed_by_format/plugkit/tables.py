"""Plugin tables, one per group ("exporters", "importers", ...)."""

__all__ = ["lookup", "registry"]


def registry(group, _tables={}):  # expect: HL101 refuted
    """The plugin table of group, created on first use and shared afterwards."""
    return _tables.setdefault(group, {})


def lookup(group, name):
    try:
        return registry(group)[name]
    except KeyError:
        raise LookupError(f"no plugin {name!r} in {group}") from None
