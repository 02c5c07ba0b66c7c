from .base import fire, hooks


def register(plugin, event, callback):
    setattr(plugin, "on_" + event, hooks(plugin, event) + [callback])


def activate(plugin, path):
    register(plugin, "save", plugin.check)
    return fire(plugin, "save", path)
