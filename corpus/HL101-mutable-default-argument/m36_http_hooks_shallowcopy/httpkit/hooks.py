"""Event hooks: callables run on the outgoing request and the response."""

HOOKS = ("request", "response")


def default_hooks(table={"request": [], "response": []}):  # expect: HL101 confirmed
    """Return the hook table a new Session starts from."""
    return table


def dispatch_hook(key, hooks, data):
    """Run every hook for ``key``; a hook may return a replacement value."""
    for hook in hooks.get(key) or ():
        result = hook(data)
        if result is not None:
            data = result
    return data
