"""Web framework: an App takes a Config dataclass whose list fields have
default_factory=list. The default `config=Config()` is one instance, made
once; App copies its middleware list into `self.middleware`, so use() grows
the app's own list and the default Config stays empty."""
import itertools
from dataclasses import dataclass, field

_apps = itertools.count()


@dataclass
class Config:
    debug: bool = False
    middleware: list = field(default_factory=list)
    routes: dict = field(default_factory=dict)


class App:
    def __init__(self, name, config=Config()):  # expect: HL101 refuted
        self.name = name
        self.debug = config.debug
        self.middleware = list(config.middleware)
        self.routes = dict(config.routes)

    def use(self, mw):
        self.middleware.append(mw)
        return self


def scenario():
    n = next(_apps)
    app = App(f"svc{n}").use(("cors", f"https://svc{n}.example"))
    app.routes["/health"] = lambda: "ok"
    return app.name, len(app.middleware)
