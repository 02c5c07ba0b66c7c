from .base import fire, hooks


def register(plugin, event, callback):
    hooks(plugin, event).append(callback)


def activate(plugin, path):
    register(plugin, "save", plugin.check)
    return fire(plugin, "save", path)
