"""ledger: event-sourced accounts; projection modules register their handlers at import."""
from .projection import *
from . import balances, overdrafts


def rebuild(events, modules):
    """Replay events through the projection each module exposes as `projection`."""
    return {module.projection.name: module.projection.replay(events) for module in modules}
