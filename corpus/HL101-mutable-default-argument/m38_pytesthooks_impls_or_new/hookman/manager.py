import functools

from .markers import collect_hookimpls

_collect = functools.partial(collect_hookimpls, prefix="pytest_")


class PluginManager:
    def __init__(self, project_name):
        self.project_name = project_name
        self._name2plugin = {}
        self._impls = {}

    def register(self, plugin, name=None):
        name = name or "%s-%x" % (type(plugin).__name__, id(plugin))
        if name in self._name2plugin:
            raise ValueError("plugin already registered: %s" % name)
        self._name2plugin[name] = plugin
        self._impls[name] = _collect(plugin)
        return name

    def unregister(self, name):
        self._impls.pop(name, None)
        return self._name2plugin.pop(name, None)

    def call(self, hookname, **kwargs):
        impls = [impl for impls in self._impls.values() for impl in impls
                 if impl.name == hookname]
        impls.sort(key=lambda impl: (not impl.tryfirst, impl.trylast))
        results = []
        for impl in impls:
            result = impl.function(**kwargs)
            if result is not None:
                results.append(result)
        return results
