"""Config loader: `include` directives are followed recursively; the active-include set guards against cycles."""
import itertools


def load(name, sources, _active=set()):  # expect: HL101 refuted
    if name in _active:
        raise ValueError(f"include cycle at {name}")
    _active.add(name)
    try:
        settings = {}
        for line in sources[name].splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "include":
                settings.update(load(value.strip(), sources))
            else:
                settings[key.strip()] = value.strip()
        return settings
    finally:
        _active.discard(name)


_loads = itertools.count()


def scenario():
    n = next(_loads)
    sources = {f"app{n}.ini": f"include = base{n}.ini\nport = {n}", f"base{n}.ini": "debug = 0\nport = 80"}
    return load(f"app{n}.ini", sources)
