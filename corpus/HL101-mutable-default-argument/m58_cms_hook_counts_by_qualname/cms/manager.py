import collections

from .plugin import PAGE_PLUGINS
from .plugins import *  # noqa: F401,F403  (registers the bundled plugins)


class Dispatcher:
    def __init__(self, plugins, counts=collections.Counter()):  # expect: HL101 refuted
        self.plugins = plugins
        self.counts = counts

    def emit(self, event, page):
        for plugin in self.plugins:
            for name, hook in plugin.hooks:
                if name == event:
                    page = hook(page)
                    self.counts[hook.__qualname__] += 1
        return page

    def busiest(self, n=3):
        return self.counts.most_common(n)


def render(page):
    dispatcher = Dispatcher([cls() for cls in PAGE_PLUGINS])
    page = dict(page, head="")
    for event in ("head", "body"):
        page = dispatcher.emit(event, page)
    return page
