"""The application object."""
from . import routing


class App:
    def __init__(self, name):
        self.name = name

    def dispatch(self, path):
        view = routing.resolve(self, path)
        return view() if view is not None else "404 Not Found"
