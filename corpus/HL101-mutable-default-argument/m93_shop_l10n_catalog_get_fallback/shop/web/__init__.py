"""Routing: views register themselves with @route when their module is imported."""
ROUTES = {}


def route(path):
    def register(view):
        ROUTES[path] = view
        return view

    return register


def dispatch(path, request):
    return ROUTES[path](request)


from . import product  # noqa: E402,F401  (registers its views)
