"""Resolves hook names to Hook objects, built-ins first."""
from plugins import Hook, PluginConfig


def resolve_hook(name, registry=PluginConfig.default_registry()):  # expect: HL101 confirmed
    hook = registry.get(name)
    if hook is None:
        hook = registry[name] = Hook(name)
    return hook
