__all__ = ["RC_DEFAULTS", "library", "register", "rc_params"]

RC_DEFAULTS = {
    "axes.facecolor": "white",
    "axes.edgecolor": "black",
    "lines.linewidth": 1.5,
    "font.size": 10,
}


def library(_sheets={}):  # expect: HL101 confirmed
    """The process-wide style library (name -> rc-param dict)."""
    return _sheets


def register(name, **params):
    library()[name] = {**RC_DEFAULTS, **params}


def rc_params(*names):
    """Merge the named sheets, later names winning."""
    merged = dict(RC_DEFAULTS)
    for name in names:
        merged.update(library()[name])
    return merged
