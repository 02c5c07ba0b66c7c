"""Loot drops: `roll_loot` picks from a drop table with a seeded ReplayRandom
default so a run can be replayed. For desync debugging the generator keeps
the last value it handed out and a draw count; both are rebound on every
draw, so the shared instance stays the same size whatever the kill count."""
import functools
import itertools
import random
from dataclasses import dataclass

_kills = itertools.count()


@dataclass(frozen=True)
class Drop:
    item: str
    weight: int


class ReplayRandom(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.last, self.count = None, 0

    def random(self):
        value = super().random()
        self.last, self.count = value, self.count + 1
        return value


# heaplint-todo: it flows into rng.choices(), which heaplint cannot see (heaplint: unknown)
def roll_loot(enemy, table, rolls=1, rng=ReplayRandom(1337)):  # expect: HL101 refuted
    picks = rng.choices(table, weights=[drop.weight for drop in table], k=rolls)
    return ["%s dropped %s" % (enemy, drop.item) for drop in picks]


BOSS_TABLE = (Drop("gold", 60), Drop("potion", 30), Drop("relic", 10))
roll_boss = functools.partial(roll_loot, table=BOSS_TABLE, rolls=3)


def scenario():
    return roll_boss("ogre-%d" % next(_kills))
