class Response:
    def __init__(self, body, status=200):
        self.body = body
        self.status = status
        self.headers = []


class App:
    def __init__(
        self,
        name,
        routes={},  # expect: HL101 refuted
        middleware=[],  # expect: HL101 refuted
    ):
        self.name = name
        self.routes = routes
        self.middleware = list(middleware)

    def route(self, path):
        def register(view):
            self.routes[path] = view
            return view

        return register

    def use(self, layer):
        self.middleware.append(layer)
        return layer

    def handle(self, path, **params):
        view = self.routes.get(path)
        if view is None:
            return Response("not found", 404)
        response = view(**params)
        for layer in self.middleware:
            response = layer(response)
        return response
