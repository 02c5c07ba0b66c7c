"""Route table: paths seen per HTTP method, filled with setdefault(method, set())."""


def allow(method, path, _seen={}):  # expect: HL101 confirmed
    paths = _seen.setdefault(method.upper(), set())
    paths.add(path)
    return len(paths)
