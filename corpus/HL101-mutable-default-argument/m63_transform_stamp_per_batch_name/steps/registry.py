"""The table of named transforms."""


def register(fn=None, *, name=None, table={}):  # expect: HL101 confirmed
    """Decorator, bare or with name=. Called with no arguments it returns the table."""
    if fn is None and name is None:
        return table

    def add(func):
        table[name or func.__name__] = func
        return func

    return add if fn is None else add(fn)


def lookup(*names):
    table = register()
    missing = [name for name in names if name not in table]
    if missing:
        raise LookupError(f"unknown transforms: {', '.join(missing)}")
    return [table[name] for name in names]
