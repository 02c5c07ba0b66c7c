def hooks(plugin, event, none=[]):  # expect: HL101 refuted
    """The callbacks a plugin declared for `event` (on_<event> attribute)."""
    return getattr(plugin, "on_" + event, none)


def fire(plugin, event, *args):
    return [callback(*args) for callback in hooks(plugin, event)]
