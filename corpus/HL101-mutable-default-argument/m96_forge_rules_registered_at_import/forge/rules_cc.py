"""C and C++ rules."""
from .rules import RuleRegistry

_registry = RuleRegistry()


def _objects(srcs):
    return [src.rsplit(".", 1)[0] + ".o" for src in srcs]


@_registry.register("cc_binary")
def cc_binary(name, srcs):
    return {"name": name, "cmd": ["cc", "-o", name.rsplit(":", 1)[-1], *_objects(srcs)]}


@_registry.register("cc_library")
def cc_library(name, srcs):
    return {"name": name, "cmd": ["ar", "rcs", "lib.a", *_objects(srcs)]}
