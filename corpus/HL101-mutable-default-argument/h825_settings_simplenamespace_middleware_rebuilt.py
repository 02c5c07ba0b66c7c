"""Settings objects for a micro-framework: ``configure`` spreads the framework
defaults into a ``types.SimpleNamespace`` and sets a middleware list: the default
stack followed by the app's own. The test runner configures fresh settings per test app."""
import itertools
from types import SimpleNamespace

_apps = itertools.count()


def configure(app_name, extra_middleware=(), debug=False,
              defaults={"DEBUG": False, "MIDDLEWARE": ["security", "sessions"]}):  # expect: HL101 refuted
    settings = SimpleNamespace(**defaults)
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, *extra_middleware]
    settings.DEBUG = debug
    settings.APP_NAME = app_name
    return settings


def describe(settings):
    return "%s: %s" % (settings.APP_NAME, " > ".join(settings.MIDDLEWARE[-3:]))


def scenario():
    n = next(_apps)
    extra = ("tenant-%d" % n, "audit-%d" % n, "csrf")
    settings = configure("shop-%d" % n, extra_middleware=extra, debug=n % 2 == 0)
    return describe(settings), settings.DEBUG
