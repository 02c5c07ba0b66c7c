from . import middleware as _mw
from .app import Application


def create_app(name, settings):
    app = Application(name, debug=bool(settings.get("debug")))
    for entry in settings.get("middleware", ()):
        try:
            cls = _mw.REGISTRY[entry.strip().lower()]
        except KeyError:
            raise LookupError("unknown middleware %r" % entry) from None
        app.use(cls(name))
    return app
