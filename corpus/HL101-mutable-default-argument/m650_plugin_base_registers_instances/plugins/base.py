from .registry import PLUGINS


class Plugin:
    """Base plugin: __init__ registers every instance under its own name."""

    kind = "generic"

    def __init__(self, name, registry=PLUGINS):  # expect: HL101 confirmed
        self.name = name
        registry[self.name] = self
