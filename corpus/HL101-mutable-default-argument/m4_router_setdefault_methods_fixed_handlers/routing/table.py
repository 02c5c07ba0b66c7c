"""Route table: allowed handler names per HTTP method, filled with setdefault(method, set())."""


def allow(method, handler_name, _allowed={}):  # expect: HL101 refuted
    names = _allowed.setdefault(method.upper(), set())
    names.add(handler_name)
    return sorted(names)
