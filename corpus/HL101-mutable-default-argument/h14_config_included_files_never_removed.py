"""Config loader: a default set remembers every file already included so each is read once, across all loads."""
import itertools


def load(name, sources, _included=set()):  # expect: HL101 confirmed
    if name in _included:
        return {}
    _included.add(name)
    settings = {}
    for line in sources[name].splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "include":
            settings.update(load(value.strip(), sources))
        else:
            settings[key.strip()] = value.strip()
    return settings


_loads = itertools.count()


def scenario():
    n = next(_loads)
    sources = {f"app{n}.ini": f"include = base{n}.ini\nport = {n}", f"base{n}.ini": "debug = 0\nport = 80"}
    return load(f"app{n}.ini", sources)
