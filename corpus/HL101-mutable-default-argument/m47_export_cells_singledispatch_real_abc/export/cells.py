from functools import singledispatch

__all__ = ["to_cell", "quote"]


def quote(text):
    if any(ch in text for ch in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


@singledispatch
def to_cell(value, _memo={}):  # expect: HL101 confirmed
    """Fallback for types without a formatter: str(), memoised because some __str__ are slow."""
    try:
        return _memo[value]
    except KeyError:
        text = _memo[value] = quote(str(value))
        return text
    except TypeError:
        return quote(str(value))


@to_cell.register
def _(value: str):
    return quote(value)


@to_cell.register(type(None))
def _(value):
    return ""
