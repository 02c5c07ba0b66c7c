"""Handler registry kept in a default dict: handlers(kind, func) registers, handlers(kind) looks up."""


def handlers(kind, func=None, _registry={}):  # expect: HL101 refuted
    if func is not None:
        _registry.setdefault(kind, []).append(func)
        return func
    return list(_registry.get(kind, ()))
