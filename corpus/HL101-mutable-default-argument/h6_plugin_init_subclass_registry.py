"""Plugins: __init_subclass__ records every subclass in a default list; a handler class is defined per request."""
import itertools


class Handler:
    def __init_subclass__(cls, registry=[], **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        registry.append(cls)

    def handle(self, body):
        return body.upper()


def make_handler(route):
    class RouteHandler(Handler):
        path = route
    return RouteHandler()


_routes = itertools.count()


def scenario():
    make_handler(f"/hooks/{next(_routes)}").handle("ping")
