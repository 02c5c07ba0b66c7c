"""Dev-server file watcher: `EventBus` routes change events to handlers by
glob pattern, and handlers register with the `@bus.on(pattern)` decorator.
The routes table is the constructor's default `defaultdict(list)`, but the
server builds one bus and registers its handlers at import; after that each
batch of filesystem events is only dispatched."""
import collections
import fnmatch
import itertools

_batches = itertools.count()


class EventBus:
    def __init__(self, routes=collections.defaultdict(list)):  # expect: HL101 refuted
        self.routes = routes

    def on(self, pattern):
        def decorate(handler):
            self.routes[pattern].append(handler)
            return handler
        return decorate

    def emit(self, path):
        return [handler(path) for pattern, handlers in self.routes.items()
                if fnmatch.fnmatchcase(path, pattern) for handler in handlers]


BUS = EventBus()


@BUS.on("*.py")
def reload(path):
    return "reload %s" % path


def scenario():
    n = next(_batches)
    return sum(len(BUS.emit("/srv/site/%s%d%s" % (kind, n, ext))) for kind, ext in (("app", ".py"), ("theme", ".css")))
