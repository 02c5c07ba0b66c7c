"""Option handling shared by the loaders."""

DEFAULTS = {"encoding": "utf-8", "comment": "#"}


def normalize(options, source):
    """Return the options with defaults filled in and the source noted."""
    merged = {**DEFAULTS, **options}
    merged["sources"] = [*options.get("sources", ()), source]
    return merged
