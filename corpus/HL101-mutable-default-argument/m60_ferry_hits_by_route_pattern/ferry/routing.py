import re

from .metrics import count_hit


class App:
    def __init__(
        self,
        routes={},  # expect: HL101 refuted
        middleware=[],  # expect: HL101 refuted
    ):
        self.routes = routes
        self.middleware = middleware

    def route(self, pattern):
        def register(view):
            self.routes[pattern] = (re.compile(pattern + "$"), view)
            return view

        return register

    def use(self, layer):
        self.middleware.append(layer)
        return layer

    def dispatch(self, path):
        for pattern, (regex, view) in self.routes.items():
            match = regex.match(path)
            if match:
                count_hit(pattern)
                response = view(**match.groupdict())
                for layer in self.middleware:
                    response = layer(response)
                return response
        return {"status": 404, "body": "not found", "headers": {}}
