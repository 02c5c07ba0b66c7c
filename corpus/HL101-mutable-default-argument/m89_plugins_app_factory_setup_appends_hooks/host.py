"""Plugin host: imports the configured plugin modules and runs their hooks."""
import collections
import importlib

import config

Hook = collections.namedtuple("Hook", "event fn")


def hooks(_registered=[]):  # expect: HL101 confirmed
    """Every hook added by a plugin's setup(), in registration order."""
    return _registered


def activate(names=None):
    """Import each plugin and let it register its hooks; `host` is passed in."""
    host = importlib.import_module(__name__)
    for name in names or config.PLUGINS:
        importlib.import_module(name).setup(host)
    return len(hooks())


def emit(event, payload):
    for hook in hooks():
        if hook.event == event:
            payload = hook.fn(payload)
    return payload
