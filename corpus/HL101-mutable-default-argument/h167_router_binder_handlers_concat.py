"""Web app wiring: mount() uses a RouteBinder to setattr() the handler list
onto the long-lived application object together with the new route. It binds
a new list (handlers + [route]), so the shared default is never mutated and
each call replaces the application's previous list."""
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
        setattr(self.target, "handlers", self.handlers + [(path, view)])
        return len(self.target.handlers)


def mount(path, view, handlers=[]):  # expect: HL101 refuted
    return RouteBinder(app, handlers).bind(path, view)


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return mount(f"/products/{n}", f"views.product_detail_{n}")
