"""Content-type -> parser dispatch table."""

PARSERS = {}


def register(*content_types):
    def decorator(fn):
        for content_type in content_types:
            PARSERS[content_type.lower()] = fn
        return fn
    return decorator


def lookup(content_type):
    base = content_type.split(";", 1)[0].strip().lower()
    try:
        return PARSERS[base]
    except KeyError:
        raise LookupError(f"no body parser registered for {base!r}") from None
