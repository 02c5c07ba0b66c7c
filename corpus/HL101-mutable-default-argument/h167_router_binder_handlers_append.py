"""Web app wiring: mount() uses a RouteBinder to setattr() the handler list
onto the long-lived application object and append the new route. The list it
installs is the shared default, so every mounted route stays in it."""
import itertools


class Application:
    def __init__(self, name):
        self.name = name
        self.handlers = []


app = Application("storefront")


class RouteBinder:
    def __init__(self, target, handlers):
        self.target = target
        self.handlers = handlers

    def bind(self, path, view):
        setattr(self.target, "handlers", self.handlers)
        self.target.handlers.append((path, view))
        return len(self.target.handlers)


def mount(path, view, handlers=[]):  # expect: HL101 confirmed
    return RouteBinder(app, handlers).bind(path, view)


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return mount(f"/products/{n}", f"views.product_detail_{n}")
