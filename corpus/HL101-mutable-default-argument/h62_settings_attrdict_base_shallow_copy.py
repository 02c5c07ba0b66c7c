"""Settings loader: JSON overrides merged over built-in defaults into an attribute-access config."""
import copy
import itertools
import json


class Settings(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    __setattr__ = dict.__setitem__


def load_settings(raw, base={"debug": False, "middleware": ["session", "csrf"]}):  # expect: HL101 confirmed
    cfg = Settings(copy.copy(base))
    for key, value in json.loads(raw).items():
        if key == "extra_middleware":
            cfg.middleware.extend(value)
        else:
            cfg[key] = value
    return cfg


def build_app(tenant):
    raw = json.dumps({"debug": tenant.endswith("0"), "extra_middleware": [f"tenant:{tenant}"]})
    cfg = load_settings(raw)
    return [name for name in cfg.middleware if not cfg.debug or name != "csrf"]


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    return len(build_app(f"acme-{n}"))
