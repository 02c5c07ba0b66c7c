"""Webhook gateway: each delivery goes to the plugin named in settings, loaded by name."""
import importlib
import itertools

from gateway import settings

_deliveries = itertools.count(1)


def dispatch(kind, event):
    module = importlib.import_module(settings.PLUGINS[kind])
    handle = getattr(module, "handle")
    return handle(event)


def scenario():
    n = next(_deliveries)
    push = {"id": f"delivery-{n}-push", "repo": f"org/repo-{n % 3}"}
    issue = {"id": f"delivery-{n}-issue", "title": f"crash #{n % 5}"}
    return dispatch("push", push), dispatch("issue", issue)
