"""Entity-component store: a World keeps one dict per component type in a
defaultdict default argument, keyed by entity id. `despawn()` only visits the
stores named in the entity's archetype, recorded at spawn; the velocity added
later with `add()` is not in it, so every bullet's velocity stays behind in
the shared store."""
import collections
import itertools

_frames = itertools.count()


class World:
    def __init__(self, stores=collections.defaultdict(dict)):  # expect: HL101 confirmed
        self.stores, self.archetypes = stores, {}

    def spawn(self, eid, **components):
        for name, value in components.items():
            self.stores[name][eid] = value
        self.archetypes[eid] = set(components)

    def add(self, eid, name, value):
        self.stores[name][eid] = value

    def despawn(self, eid):
        for name in self.archetypes.pop(eid, ()):
            self.stores[name].pop(eid, None)


def scenario():
    n = next(_frames)
    world, eid = World(), "bullet-%d" % n
    world.spawn(eid, position=(float(n), 0.0), sprite="bullet.png")
    world.add(eid, "velocity", (3.0, -1.0))
    velocity = world.stores["velocity"]
    moved = {e: (x + velocity.get(e, (0.0, 0.0))[0], y) for e, (x, y) in world.stores["position"].items()}
    world.despawn(eid)
    return moved
