"""Entities carry a tag set that defaults to a shared set(). Enemy forwards
its keyword arguments to Entity through super() and then tags itself with
its faction and role. Those come from a short fixed list, so the shared set
ends up holding the same handful of tags whatever is spawned."""
import itertools

_spawns = itertools.count()


class Entity:
    def __init__(self, name, hp=100, tags=set()):  # expect: HL101 refuted
        self.name, self.hp, self.tags = name, hp, tags

    def has(self, *wanted):
        return all(tag in self.tags for tag in wanted)


class Enemy(Entity):
    def __init__(self, name, faction="orcs", role="grunt", **kwargs):
        super().__init__(name, **kwargs)
        self.tags.update({"hostile", "faction:" + faction, "role:" + role})


def scenario():
    n = next(_spawns)
    role = ("grunt", "archer", "shaman")[n % 3]
    foe = Enemy("orc-%d" % n, role=role, hp=40 + n % 20)
    return foe.has("hostile", "role:archer"), foe.hp
