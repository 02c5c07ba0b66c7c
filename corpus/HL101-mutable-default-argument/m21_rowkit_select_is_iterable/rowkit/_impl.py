"""Small sequence helpers shared across rowkit."""


def is_iterable(obj):
    """True for containers and iterators, False for strings and scalars."""
    if isinstance(obj, (str, bytes)):
        return False
    try:
        iter(obj)
    except TypeError:
        return False
    return True


def ensure_list(values, *extra):
    """Return values as a list with extra appended; a list is extended in place."""
    if not isinstance(values, list):
        values = list(values) if is_iterable(values) else [values]
    values.extend(extra)
    return values
