"""Multi-tenant server: each tenant that signs in gets its own App."""
import itertools

from webapp.core import App

_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    return len(App(name=f"tenant{n}", debug=False).options)
