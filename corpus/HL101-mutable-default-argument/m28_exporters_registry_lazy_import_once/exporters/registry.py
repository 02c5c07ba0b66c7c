"""Format handlers, looked up by format name."""


def handlers(fmt, add=None, _table={}):  # expect: HL101 refuted
    """Return the handlers for fmt, registering add first when given."""
    found = _table.setdefault(fmt, [])
    if add is not None:
        found.append(add)
    return found
