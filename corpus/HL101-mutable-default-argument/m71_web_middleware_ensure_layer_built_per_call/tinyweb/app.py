from .response import Response

__all__ = ["App"]


class App:
    def __init__(self, name, middleware=[]):  # expect: HL101 confirmed
        self.name = name
        self.middleware = middleware
        self.views = {}

    def view(self, path):
        def register(fn):
            self.views[path] = fn
            return fn

        return register

    def ensure(self, layer):
        """Install a response layer once, however often it is asked for."""
        if layer not in self.middleware:
            self.middleware.append(layer)
        return layer

    def handle(self, path, **params):
        fn = self.views.get(path)
        if fn is None:
            return Response("not found", 404)
        response = fn(**params)
        for layer in self.middleware:
            response = layer(response)
        return response
