"""Wire the plugins in: the registry finds their hooks by walking each module."""
from hooks import registry
from plugins import stamp, tally

HOOKS = registry.collect([stamp, tally])


def ingest(record):
    return registry.fire(HOOKS, "record", record)
