"""Plugin configuration: the built-in hooks every installation starts with."""
from .hooks import Hook


class PluginConfig:
    builtin = ("audit", "metrics", "search_index")

    @classmethod
    def default_registry(cls):
        return {name: Hook(name, priority=10 * i) for i, name in enumerate(cls.builtin)}
