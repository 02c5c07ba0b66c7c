"""Keyword handling shared by compose() and the newsletter sender."""


def split_headers(target, extra):
    """Move x_* keywords into target as repeatable X-* headers.

    Returns the remaining keywords as message options."""
    options = {}
    for key, value in extra.items():
        if key.startswith("x_"):
            name = "X-" + key[2:].replace("_", "-").title()
            target.setdefault(name, []).append(value)
        else:
            options[key] = value
    return options
