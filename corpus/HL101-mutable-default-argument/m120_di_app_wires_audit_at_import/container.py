"""Multi-binding container: a name may have several providers, called in order.

app.py calls wire() once, at import, so the shared ``bindings`` default holds
a single "audit" provider however many requests are served.
"""


def provide(name, factory, bindings={}):  # expect: HL101 refuted
    """Add ``factory`` to the providers bound to ``name``; return them all."""
    providers = bindings.setdefault(name, [])
    providers.append(factory)
    return providers
