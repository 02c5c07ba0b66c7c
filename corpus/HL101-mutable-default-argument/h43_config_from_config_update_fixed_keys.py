"""Config loader: `Settings.from_config(cfg, overrides={})` merges each loaded config into its default dict with `update()`.

This looks like the classic leak, and the default dict is mutated on every
call. But every config file has the same schema: `update()` overwrites the
same six keys each time, so the shared dict keeps six entries and only their
current values.
"""
import itertools

SCHEMA = {"host": str, "port": int, "debug": bool, "workers": int, "log_level": str, "timeout": float}


class Settings:
    def __init__(self, host, port, debug, workers, log_level, timeout):
        self.host = host
        self.port = port
        self.debug = debug
        self.workers = workers
        self.log_level = log_level
        self.timeout = timeout

    @classmethod
    # heaplint-todo: whether `cfg` holds only the schema's keys is decided on a path the model does not evaluate, so growth is on one way only (heaplint: unknown)
    def from_config(cls, cfg, overrides={}):  # expect: HL101 refuted
        overrides.update(cfg)
        values = {}
        for key, kind in SCHEMA.items():
            if key not in overrides:
                raise KeyError(f"missing setting {key!r}")
            values[key] = kind(overrides[key])
        return cls(**values)

    def address(self):
        return f"{self.host}:{self.port}"


def parse_ini(text):
    cfg = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("["):
            continue
        key, _, value = line.partition("=")
        cfg[key.strip()] = value.strip()
    return cfg


_loads = itertools.count()


def scenario():
    n = next(_loads)
    text = (
        "[server]\n"
        f"host = 10.1.{n % 200}.{n % 250}\n"
        f"port = {8000 + n % 1000}\n"
        f"debug = {'yes' if n % 2 else ''}\n"
        f"workers = {1 + n % 8}  # per core\n"
        f"log_level = {'INFO' if n % 3 else 'DEBUG'}\n"
        f"timeout = {n % 30 + 0.5}\n"
    )
    return Settings.from_config(parse_ini(text)).address()
