"""Entity-component store: a World keeps one dict per component type in a
defaultdict default argument, keyed by entity id. Components can be added
after spawn, and `despawn()` sweeps every component store, so a short-lived
bullet leaves nothing behind in the shared stores."""
import collections
import itertools

_frames = itertools.count()


class World:
    def __init__(self, stores=collections.defaultdict(dict)):  # expect: HL101 refuted
        self.stores, self.archetypes = stores, {}

    def spawn(self, eid, **components):
        for name, value in components.items():
            self.stores[name][eid] = value
        self.archetypes[eid] = set(components)

    def add(self, eid, name, value):
        self.stores[name][eid] = value

    def despawn(self, eid):
        self.archetypes.pop(eid, None)
        for store in self.stores.values():
            store.pop(eid, None)


def scenario():
    n = next(_frames)
    world, eid = World(), "bullet-%d" % n
    world.spawn(eid, position=(float(n), 0.0), sprite="bullet.png")
    world.add(eid, "velocity", (3.0, -1.0))
    velocity = world.stores["velocity"]
    moved = {e: (x + velocity.get(e, (0.0, 0.0))[0], y) for e, (x, y) in world.stores["position"].items()}
    world.despawn(eid)
    return moved
