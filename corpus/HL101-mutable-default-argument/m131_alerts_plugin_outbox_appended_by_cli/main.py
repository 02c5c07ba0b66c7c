"""Alert dispatcher: each call sends one fresh alert through the enabled channel plugins."""
import importlib
import itertools

import settings

_alerts = itertools.count(1)


def scenario():
    n = next(_alerts)
    alert = {"id": n, "title": f"disk full on db-{n}"}
    sent = []
    for name in settings.ENABLED:
        plugin = importlib.import_module(f"plugin_{name}")
        sent.append(plugin.create().deliver(alert))
    return sent
