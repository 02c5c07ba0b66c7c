"""Option handling shared by the loaders."""

DEFAULTS = {"encoding": "utf-8", "comment": "#"}


def normalize(options, source):
    """Fill in missing options and note the source they are used for."""
    for key, value in DEFAULTS.items():
        options.setdefault(key, value)
    options.setdefault("sources", []).append(source)
    return options
