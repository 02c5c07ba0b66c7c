"""Layered editor settings: values may reference other keys as ``${key}``; missing keys resolve to None."""
import contextlib
import itertools

BUILTIN = {"theme": "light", "font": "Mono 11", "tab_width": 4, "encoding": "utf-8"}


def _lookup(key, layers):
    for layer in layers:
        if key in layer:
            return layer[key]
    return BUILTIN[key]


def resolve(key, layers, _resolving=[]):  # expect: HL101 confirmed
    if key in _resolving:
        raise ValueError("reference cycle: " + " -> ".join(_resolving + [key]))
    _resolving.append(key)
    value = None
    with contextlib.suppress(KeyError):
        value = _lookup(key, layers)
        if isinstance(value, str) and value.startswith("${") and value.endswith("}"):
            value = resolve(value[2:-1], layers)
        _resolving.pop()
    return value


_workspaces = itertools.count()


def scenario():
    n = next(_workspaces)
    user = {"editor.font": "${font}", "terminal.font": f"Fira Code {n % 20 + 8}"}
    project = {"tab_width": n % 8 + 1, "lint.rules": f"pep8,max-line-{n % 40 + 80}"}
    layers = [user, project]
    keys = ("editor.font", "tab_width", "lint.rules", f"plugins.gitlens{n}.blame")
    return {key: resolve(key, layers) for key in keys}
