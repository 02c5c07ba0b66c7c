"""Response hooks contributed by plugin modules."""
RESPONSE_HOOKS = []


def response_hook(func, hooks=RESPONSE_HOOKS):  # expect: HL101 refuted
    if func not in hooks:
        hooks.append(func)
    return func


def apply_hooks(response):
    for hook in RESPONSE_HOOKS:
        response = hook(response)
    return response
