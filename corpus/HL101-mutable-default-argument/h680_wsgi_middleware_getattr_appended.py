"""Tiny WSGI-style app assembly: `middleware_for` reads an app's middleware
chain with getattr and falls back to a shared empty list; `install` appends
each middleware to the chain it gets back. Apps that never declared a chain
all append into the fallback list."""
import itertools

_apps = itertools.count(1)


class Middleware:
    def __init__(self, name, app_name):
        self.name, self.app_name = name, app_name


class App:
    def __init__(self, name):
        self.name = name


def middleware_for(app, empty=[]):  # expect: HL101 confirmed
    return getattr(app, "middleware", empty)


def install(app, mw):
    chain = middleware_for(app)
    chain.append(mw)
    return len(chain)


def scenario():
    n = next(_apps)
    app = App("service-%d" % n)
    return install(app, Middleware(("gzip", "cors", "auth")[n % 3], app.name))
