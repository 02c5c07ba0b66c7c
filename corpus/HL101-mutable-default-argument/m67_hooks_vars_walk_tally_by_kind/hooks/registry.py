PREFIX = "on_"


def collect(modules):
    """Map event name -> hook functions, found in each plugin module's namespace."""
    found = {}
    for module in modules:
        for name, obj in vars(module).items():
            if name.startswith(PREFIX) and callable(obj):
                found.setdefault(name[len(PREFIX):], []).append(obj)
    return found


def fire(hooks, event, payload):
    """Call every hook for the event with just the payload; hooks keep their defaults."""
    return [hook(payload) for hook in hooks.get(event, ())]
