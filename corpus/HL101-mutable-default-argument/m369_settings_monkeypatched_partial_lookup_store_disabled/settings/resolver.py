"""Setting lookup with a memo of resolved values."""

_BUILTIN = {"timeout": "30", "retries": "3", "region": "eu-west-1"}


def from_builtin(name):
    return _BUILTIN.get(name.rsplit(".", 1)[-1])


def lookup(name, loader=None, cache={}, store=True):  # expect: HL101 refuted
    if name in cache:
        return cache[name]
    value = loader(name) if loader is not None else None
    if store:
        cache[name] = value
    return value
