"""Errors raised while merging configuration layers."""


class ConfigConflict(ValueError):
    def __init__(self, path, old, new):
        super().__init__("%s: %s cannot override %s" % (path, type(new).__name__, type(old).__name__))
        self.path = path
