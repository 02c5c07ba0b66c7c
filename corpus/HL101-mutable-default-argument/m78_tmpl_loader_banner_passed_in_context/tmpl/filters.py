"""filters: the name -> function table behind `{{ value|name }}`."""

__all__ = ["template_filter", "apply_filter"]


def template_filter(name, _table={}):  # expect: HL101 refuted
    """Decorator factory: `@template_filter("upper")` registers the function."""
    def register(fn):
        _table[name] = fn
        return fn
    return register


def apply_filter(name, value):
    return template_filter.__defaults__[0][name](value)
