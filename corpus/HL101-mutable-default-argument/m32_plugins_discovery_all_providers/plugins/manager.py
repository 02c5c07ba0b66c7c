from .discovery import iter_new_plugins
from .registry import FACTORIES, register_factory


@register_factory("builtin.audit")
class AuditHook:
    def __init__(self, name, attr):
        self.name, self.attr = name, attr


@register_factory("builtin.metrics")
class MetricsHook(AuditHook):
    pass


class PluginManager:
    def __init__(self, tenant):
        self.tenant = tenant
        self.active = []

    def activate(self, specs):
        for name, target in iter_new_plugins(specs):
            module_path, _, attr = target.partition(":")
            factory = FACTORIES.get(module_path)
            if factory is None:
                continue
            self.active.append(factory(name, attr or "hook"))
        return [hook.name for hook in self.active]
