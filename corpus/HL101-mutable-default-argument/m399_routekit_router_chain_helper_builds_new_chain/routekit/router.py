import routekit.chains


class Router:
    """Maps paths to a chain of middleware ending in the view."""

    def __init__(self, prefix=""):
        self.prefix = prefix.rstrip("/")
        self._routes = {}

    def add(self, path, view, middlewares=[]):  # expect: HL101 refuted
        chain = routekit.chains.with_handler(middlewares, view)
        self._routes[self.prefix + path] = chain
        return chain

    def dispatch(self, path, request):
        chain = self._routes[self.prefix + path]
        return routekit.chains.run(chain, request)
