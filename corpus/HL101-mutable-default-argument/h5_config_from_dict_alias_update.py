"""Settings: from_dict aliases its base dict default and updates it, but only ever with the same keys."""
import itertools
import json
from dataclasses import dataclass, asdict


@dataclass
class DbConfig:
    host: str
    port: int
    pool_size: int

    @classmethod
    def from_dict(cls, data: dict, base: dict[str, object] = {"port": 5432, "pool_size": 5}) -> "DbConfig":  # expect: HL101 refuted
        opts = base
        opts.update({k: data[k] for k in ("host", "port", "pool_size") if k in data})
        return cls(**opts)

    def dsn(self) -> str:
        return f"postgresql://{self.host}:{self.port}/app?pool={self.pool_size}"


def load(text: str) -> DbConfig:
    return DbConfig.from_dict(json.loads(text))


_envs = itertools.count()


def scenario():
    n = next(_envs)
    cfg = load(json.dumps({"host": f"db-{n}.internal", "pool_size": 5 + n % 4}))
    return cfg.dsn(), asdict(cfg)
