"""Service configs for a deploy tool: each `ServiceConfig` merges its own
tags with the organisation-wide ones in `__post_init__`. The helper
extends the list default it was given and returns it, so every config's
tags land in (and all configs share) the default."""
import dataclasses
import itertools

_deploys = itertools.count()


def merge_tags(extra, base=["managed", "team:platform"]):  # expect: HL101 confirmed
    base.extend(tag for tag in extra if tag not in base)
    return base


@dataclasses.dataclass
class ServiceConfig:
    name: str
    replicas: int = 1
    tags: list = dataclasses.field(default_factory=list)

    def __post_init__(self):
        self.tags = merge_tags(self.tags)

    @property
    def selector(self):
        return ",".join(sorted(self.tags))


def scenario():
    n = next(_deploys)
    cfg = ServiceConfig("api-%d" % n, replicas=n % 3 + 1, tags=["app:api-%d" % n, "managed"])
    return cfg.name, len(cfg.selector)
