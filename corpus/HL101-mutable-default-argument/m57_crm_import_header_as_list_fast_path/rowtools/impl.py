"""Pure-Python fallbacks for the _rowtools extension."""


def is_iterable(value):
    if isinstance(value, (str, bytes, dict)):
        return False
    try:
        iter(value)
    except TypeError:
        return False
    return True


def as_list(value):
    if value is None:
        return []
    if isinstance(value, list):
        return value
    if not is_iterable(value):
        return [value]
    return list(value)


def width(row):
    return max((len(str(cell)) for cell in row), default=0)
