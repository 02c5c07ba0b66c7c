import weakref

from . import builtin  # noqa: F401  (registers the bundled plugins)
from .plugin import registry


class PluginHost:
    def __init__(self, plugins, live=weakref.WeakSet()):  # expect: HL101 refuted
        self.plugins = plugins
        self.live = live

    def start(self):
        started = [cls() for cls in self.plugins.values()]
        self.live.update(started)
        return started

    def shutdown(self):
        for plugin in list(self.live):
            if not plugin.closed:
                plugin.close()


def handle(request):
    host = PluginHost(registry())
    response = {"status": 200}
    for plugin in host.start():
        plugin(request, response)
    host.shutdown()
    return response
