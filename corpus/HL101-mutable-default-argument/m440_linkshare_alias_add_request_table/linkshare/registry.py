def register(path, view, table={}):  # expect: HL101 refuted
    """Map path to view in table (the app's route table unless given one)."""
    if not path.startswith("/"):
        raise ValueError(f"route must be absolute: {path!r}")
    table[path] = view
    return table


def resolve(path, table):
    """Return the view for path, or None."""
    return table.get(path.rstrip("/") or "/")
