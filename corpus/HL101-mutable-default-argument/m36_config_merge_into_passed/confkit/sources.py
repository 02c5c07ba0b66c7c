"""Layer readers, looked up by name as ``source_<kind>``."""
from .layers import _coerce

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000}, "log": {"level": "info"}}


def source_defaults():
    return {section: dict(options) for section, options in DEFAULTS.items()}


def source_file(text):
    """Parse INI-style text: ``[section]`` headers and ``key = value`` lines."""
    layer = {}
    section = layer
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = layer.setdefault(line[1:-1].strip(), {})
        elif "=" in line:
            key, _, value = line.partition("=")
            section[key.strip()] = _coerce(value)
    return layer


def source_env(environ, prefix="APP_"):
    """APP_DB__NAME=x becomes {"db": {"name": "x"}}."""
    layer = {}
    for name, value in sorted(environ.items()):
        if not name.startswith(prefix):
            continue
        *parents, leaf = name[len(prefix):].lower().split("__")
        node = layer
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = _coerce(value)
    return layer
