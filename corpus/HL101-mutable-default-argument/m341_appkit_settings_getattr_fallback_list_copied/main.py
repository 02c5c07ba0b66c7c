"""Test fixture: every test gets a dev app with the debug toolbar."""
import itertools

import appkit
from plugins import install_toolbar

_tests = itertools.count()


def scenario():
    n = next(_tests)
    settings = install_toolbar(appkit.load("dev", SECRET_KEY=f"test-{n}"))
    return settings.SECRET_KEY, len(settings.INSTALLED_APPS)
