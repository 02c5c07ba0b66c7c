"""Wave spawner: the EntityPool default gets each wave back in a finally block, so it stays bounded."""
import itertools
from dataclasses import dataclass

_waves = itertools.count()


@dataclass(eq=False)
class Enemy:
    name: str
    x: float = 0.0


class EntityPool:
    def __init__(self):
        self.free, self.live = [], []

    def acquire(self, name, x):
        enemy = self.free.pop() if self.free else Enemy(name)
        enemy.name, enemy.x = name, x
        self.live.append(enemy)
        return enemy

    def release(self, *enemies):
        for enemy in enemies:
            self.live.remove(enemy)
            self.free.append(enemy)


def spawn_wave(wave, player_x, pool=EntityPool()):  # expect: HL101 refuted
    enemies = [pool.acquire("w%d-e%d" % (wave, i), player_x + 10 * i) for i in range(5)]
    try:
        target = min(enemies, key=lambda e: abs(e.x - player_x))
        return [e.name for e in enemies if e is not target]
    finally:
        pool.release(*enemies)


def scenario():
    return spawn_wave(next(_waves), 2.5)
