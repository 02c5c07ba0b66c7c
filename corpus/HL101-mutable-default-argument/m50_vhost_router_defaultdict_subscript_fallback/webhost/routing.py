"""Host-based routing: handlers register per host; "*" is the catch-all."""
from collections import defaultdict


class Router:
    def __init__(self, routes=defaultdict(list)):  # expect: HL101 confirmed
        self.routes = routes

    def route(self, host):
        def register(handler):
            self.routes[host.lower()].append(handler)
            return handler

        return register

    def dispatch(self, host, request):
        handlers = self.routes[host.lower()] or self.routes["*"]
        for handler in handlers:
            response = handler(request)
            if response is not None:
                return response
        return {"status": 404, "body": "no route"}


default_router = Router()
route = default_router.route
