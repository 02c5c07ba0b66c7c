"""Option handling shared by canvas items."""


def merge(cnf, kw):
    """A new options dict: the cnf dict overridden by keyword options."""
    return {**cnf, **kw}
