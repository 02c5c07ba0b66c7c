"""Test helpers: an app wired for tests, with its own teardown list."""
from .app import App


def make_test_app(import_name, **config):
    app = App(import_name, TESTING=True, **config)
    app.teardown_funcs = []
    return app
