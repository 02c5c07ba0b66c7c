"""Decorators that mark plugin methods for the loader."""


def hook(func):
    """Mark `func` as a hook: the loader binds it when the plugin is loaded."""
    func.is_hook = True
    return func
