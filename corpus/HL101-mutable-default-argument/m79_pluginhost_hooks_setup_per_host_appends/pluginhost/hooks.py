"""hooks: event name -> [(plugin, hook)], one table for the whole process."""


def table(_hooks={}):  # expect: HL101 confirmed
    """The process-wide hook table."""
    return _hooks


def register(event, plugin, fn):
    """Add `fn` (owned by `plugin`) to the hooks run for `event`."""
    table().setdefault(event, []).append((plugin, fn))
