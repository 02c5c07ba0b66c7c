"""Monitoring: health checks are tallied per Enum level; the counts dict can only ever hold three keys."""
import enum
import itertools
from dataclasses import dataclass


class Level(enum.IntEnum):
    OK = 0
    WARN = 1
    CRIT = 2


@dataclass
class Check:
    host: str
    latency_ms: float

    @property
    def level(self) -> Level:
        if self.latency_ms > 500:
            return Level.CRIT
        return Level.WARN if self.latency_ms > 200 else Level.OK


def tally(checks: list[Check], counts: dict[Level, int] = {}) -> dict[str, int]:  # expect: HL101 refuted
    for check in checks:
        counts[check.level] = counts.get(check.level, 0) + 1
    return {level.name: counts.get(level, 0) for level in Level}


def worst(checks: list[Check]) -> Level:
    return max((c.level for c in checks), default=Level.OK)


_rounds = itertools.count()


def scenario():
    n = next(_rounds)
    checks = [Check(f"web-{n}-{i}", float((n * 37 + i * 211) % 700)) for i in range(3)]
    return tally(checks), worst(checks)
