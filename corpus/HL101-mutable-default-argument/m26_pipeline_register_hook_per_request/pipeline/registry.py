"""Hook registry: callables run over every payload, in registration order."""


def register(fn, hooks=[]):  # expect: HL101 confirmed
    if not callable(fn):
        raise TypeError(f"hook {fn!r} is not callable")
    hooks.append(fn)
    return hooks


def run_hooks(payload, hooks):
    for hook in hooks:
        payload = hook(payload)
    return payload
