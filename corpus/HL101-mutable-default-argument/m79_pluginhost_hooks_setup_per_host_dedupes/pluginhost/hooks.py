"""hooks: event name -> [(plugin, hook)], one table for the whole process."""


def table(_hooks={}):  # expect: HL101 refuted
    """The process-wide hook table."""
    return _hooks


def register(event, plugin, fn):
    """Add `fn` (owned by `plugin`) to the hooks run for `event`; registering twice is a no-op."""
    entries = table().setdefault(event, [])
    if (plugin, fn) not in entries:
        entries.append((plugin, fn))
