"""Onboarding job: set up and smoke-test the plugin of one new tenant."""
import itertools

import plugkit
from plugins import tenants

_signups = itertools.count()


def scenario():
    n = next(_signups)
    cls = tenants.plugin_class(f"acme{n}", {"export": "csv", "seats": n % 50})
    plugin, hooks = plugkit.load(cls, {"name": f"acme{n}"}, f"acme{n}")
    saved = hooks["on_save"]({"id": n})
    return hooks["on_start"](), saved, hooks["on_export"]([(n, n * 2)])
