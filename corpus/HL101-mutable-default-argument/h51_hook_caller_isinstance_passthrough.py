"""Hook callers holding ordered hook implementations, pluggy style."""
import itertools
from collections import namedtuple

_ids = itertools.count()
HookImpl = namedtuple("HookImpl", "plugin plugin_name function tryfirst")


class HookCaller:
    def __init__(self, name, hookimpls=[]):  # expect: HL101 confirmed
        self.name, self._hookimpls = name, hookimpls if isinstance(hookimpls, list) else list(hookimpls)

    def _add_hookimpl(self, impl):
        i = len(self._hookimpls)
        while not impl.tryfirst and i > 0 and self._hookimpls[i - 1].tryfirst:
            i -= 1
        self._hookimpls.insert(i, impl)

    def __call__(self, **kwargs):
        return [r for r in (impl.function(**kwargs) for impl in reversed(self._hookimpls)) if r is not None]


class PluginManager:
    def __init__(self, project_name, hooks=("report_header", "collect_file")):
        self.project_name, self.hook = project_name, {name: HookCaller(name) for name in hooks}

    def register(self, plugin, name):
        for hook_name, caller in self.hook.items():
            if (method := getattr(plugin, "%s_%s" % (self.project_name, hook_name), None)) is not None:
                caller._add_hookimpl(HookImpl(plugin, name, method, getattr(method, "tryfirst", False)))


class RootdirPlugin:
    def __init__(self, rootdir):
        self.rootdir = rootdir

    def app_report_header(self, config):
        return "rootdir: %s (verbosity %s)" % (self.rootdir, config.get("verbose", 0))


def scenario():
    n = next(_ids)
    pm = PluginManager("app")
    pm.register(RootdirPlugin("/srv/build-%d" % n), name="rootdir-%d" % n)
    return pm.hook["report_header"](config={"verbose": n % 3})
