class Router:
    """A group of routes sharing a URL prefix (a "blueprint")."""

    def __init__(self, prefix="", routes={}):  # expect: HL101 refuted
        self.prefix = prefix.rstrip("/")
        self.routes = routes

    def route(self, path):
        def register(view):
            self.routes[self.prefix + path] = view
            return view

        return register

    def add_views(self, module):
        """Register every view a module lists in its ROUTES table."""
        for path, name in getattr(module, "ROUTES", {}).items():
            self.route(path)(getattr(module, name))
        return self

    def match(self, path):
        return self.routes.get(path.rstrip("/"))
