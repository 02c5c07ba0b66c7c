"""Option handling shared by canvas items."""


def merge(cnf, kw):
    """Folds keyword options into the item's cnf dict."""
    cnf.update(kw)
    return cnf
