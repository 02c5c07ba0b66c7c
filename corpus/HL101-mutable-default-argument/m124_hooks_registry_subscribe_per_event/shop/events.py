"""Thin helpers over the registry; callers normally pass none."""
import hooks


def subscribe(event, handler, reg=hooks.default_registry):  # expect: HL101 refuted
    return reg.add(event, handler)


def emit(event, payload, reg=hooks.default_registry):  # expect: HL101 refuted
    handler = reg.lookup(event)
    return handler(payload) if handler is not None else None
