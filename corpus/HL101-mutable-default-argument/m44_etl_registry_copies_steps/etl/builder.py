from . import registry
from .steps import parse_total


def build_pipeline(name, steps=[]):  # expect: HL101 refuted
    """(Re)create the named pipeline; parsing the total always runs first."""
    if name in registry.RESERVED:
        raise ValueError("reserved pipeline name: %r" % name)
    registry.install(name, steps)
    registry.add_step(name, parse_total)
    return name
