"""Dev-server file watcher: `EventBus` routes change events to handlers by
glob pattern, and handlers register with the `@bus.on(pattern)` decorator.
Each watch session builds its own bus and closures, but the routes table is
the constructor's default `defaultdict(list)`, so every session's handlers
pile up in one table for the life of the server."""
import collections
import fnmatch
import itertools

_sessions = itertools.count()


class EventBus:
    def __init__(self, routes=collections.defaultdict(list)):  # expect: HL101 confirmed
        self.routes = routes

    def on(self, pattern):
        def decorate(handler):
            self.routes[pattern].append(handler)
            return handler
        return decorate

    def emit(self, path):
        return [handler(path) for pattern, handlers in self.routes.items()
                if fnmatch.fnmatchcase(path, pattern) for handler in handlers]


def watch_session(project):
    bus = EventBus()

    @bus.on("*.py")
    def reload(path):
        return "reload %s (%s)" % (path, project)
    return bus


def scenario():
    n = next(_sessions)
    return len(watch_session("site-%d" % n).emit("/srv/site-%d/app.py" % n))
