"""Runs the enabled plugins over one response; plugins are built fresh per request."""
from . import plugins  # noqa: F401  (registers the bundled plugins)
from .core import REGISTRY


class Response:
    def __init__(self, status, body, headers=None):
        self.status = status
        self.body = body
        self.headers = dict(headers or {})


def handle(path, body, settings, enabled=("server", "compress")):
    response = Response(200, body, {"content-type": "text/plain", "x-path": path})
    for slug in enabled:
        plugin = REGISTRY[slug](**settings.get(slug, {}))
        response = plugin.process(response)
    return response
