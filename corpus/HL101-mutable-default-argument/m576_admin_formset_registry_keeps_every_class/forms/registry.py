"""Formset classes are recorded by name so the admin can list every version
built since start-up (for the debug toolbar's "formsets" panel)."""


def register(cls, registry={}):  # expect: HL101 confirmed
    registry.setdefault(cls.__name__, []).append(cls)
    return registry
