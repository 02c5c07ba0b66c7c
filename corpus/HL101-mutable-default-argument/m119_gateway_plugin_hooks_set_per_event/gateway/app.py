"""The gateway: plugins are looked up by name and set up for each request."""
import importlib

from .hooks import fire

PLUGINS = ("timing", "audit")


def handle(request):
    for name in PLUGINS:
        importlib.import_module(f"gateway_plugins.{name}").setup()
    fire("request.start", request)
    request["status"] = 404 if request["path"].endswith("/0") else 200
    return fire("request.end", request)
