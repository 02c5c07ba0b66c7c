"""host: one Host per client connection; it sets up the enabled plugins and fires events."""
import importlib

from . import hooks
from .entry_points import ENTRY_POINTS


def _resolve(target):
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


class Host:
    def __init__(self, enabled):
        self.enabled = list(enabled)
        for name in self.enabled:
            setup = _resolve(ENTRY_POINTS[name])
            setup(hooks)  # each plugin registers its hooks on the module it is handed

    def fire(self, event, payload):
        return [fn(payload) for plugin, fn in hooks.table().get(event, ())
                if plugin in self.enabled]
