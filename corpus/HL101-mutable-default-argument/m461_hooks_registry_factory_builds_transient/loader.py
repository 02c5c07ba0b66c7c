"""Resolves hook names to Hook objects, built-ins first."""
from plugins import Hook, PluginConfig


def resolve_hook(name, registry=PluginConfig.default_registry()):  # expect: HL101 refuted
    hook = registry.get(name)
    if hook is None:
        hook = Hook(name)
    return hook
