"""Build-graph targets; tags drive `build --only tag:...` selection."""
import itertools

_revs = itertools.count()


class Node:
    __slots__ = ("name", "tags", "deps")

    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
        self.deps = []

    def tag(self, *labels):
        self.tags |= {label.strip().lower() for label in labels if label}
        return self


class Target(Node):
    __slots__ = ("rule",)

    def __init__(self, name, rule, tags=set()):  # expect: HL101 confirmed
        super().__init__(name, tags)
        self.rule = rule

    def depends_on(self, *others):
        self.deps.extend(others)
        for other in others:
            if other.rule == "proto_library":
                self.tag("codegen")
        return self


def select(targets, wanted):
    return [t.name for t in targets if wanted in t.tags]


def scenario():
    rev = next(_revs)
    proto = Target(f"//api:v{rev}_proto", "proto_library").tag(f"rev:{rev}")
    lib = Target(f"//api:v{rev}", "py_library", {"python"}).depends_on(proto)
    return select([proto, lib], "codegen")
