"""Handler registry: job kind -> callable, filled by the application's modules."""
HANDLERS = {}


def handler(kind):
    """Decorator: run `fn` for jobs of `kind`."""
    def register(fn):
        HANDLERS[kind] = fn
        return fn
    return register
