from .registry import PLUGINS


class Plugin:
    """Base plugin: __init__ registers the plugin class once per kind."""

    kind = "generic"

    def __init__(self, name, registry=PLUGINS):  # expect: HL101 refuted
        self.name = name
        registry.setdefault(self.kind, type(self))
