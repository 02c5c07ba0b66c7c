"""webframe: routes map paths to views; a view gets a Request and returns (status, body)."""
from .csrf import protect
from .request import Request

__all__ = ["App", "Request", "protect"]


class App:
    def __init__(self):
        self.routes = {}

    def route(self, path):
        def register(view):
            self.routes[path] = view
            return view
        return register

    def __call__(self, request):
        view = self.routes.get(request.path)
        if view is None:
            return 404, {"error": "no route for %s" % request.path}
        return view(request)
