"""Layered configuration loader (defaults < environment)."""
import copy
import itertools

_ids = itertools.count()


def deep_merge(target, source):
    for key, value in source.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            deep_merge(target[key], value)
        else:
            target[key] = value
    return target


def env_overrides(environ, prefix="APP_"):
    result = {}
    for name, raw in environ.items():
        if not name.startswith(prefix):
            continue
        section, _, option = name[len(prefix):].lower().partition("__")
        if option:
            result.setdefault(section, {})[option] = raw
    return result


def load_config(
    environ,
    defaults={"server": {"port": "8000"}, "plugins": {}},  # expect: HL101 confirmed
):
    config = copy.copy(defaults)
    return deep_merge(config, env_overrides(environ))


def scenario():
    n = next(_ids)
    environ = {"APP_SERVER__PORT": str(9000 + n % 50), f"APP_PLUGINS__EXT{n}": "on", "HOME": "/root"}
    config = load_config(environ)
    assert config["plugins"][f"ext{n}"] == "on" and config["server"]["port"].startswith("90")
