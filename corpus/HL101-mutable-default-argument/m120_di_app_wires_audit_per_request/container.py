"""Multi-binding container: a name may have several providers, called in order.

app.py calls wire() inside handle(), so every request binds one more
functools.partial under "audit" in the shared ``bindings`` default.
"""


def provide(name, factory, bindings={}):  # expect: HL101 confirmed
    """Add ``factory`` to the providers bound to ``name``; return them all."""
    providers = bindings.setdefault(name, [])
    providers.append(factory)
    return providers
