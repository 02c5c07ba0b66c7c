"""Handler classes built from a base and mixins, as a "()" config factory does."""


def compose(base, *mixins):
    """Mixins first: their hooks override the base's."""
    return type(f"Composed{base.__name__}", (*mixins, base), {})


def extend(base, *mixins):
    """Base first: mixins only supply hooks the base and its bases lack."""
    return type(f"Extended{base.__name__}", (base, *mixins), {})
