import numbers

from .cells import to_cell


@to_cell.register(numbers.Integral)
def _(value):
    return str(int(value))


@to_cell.register(numbers.Real)
def _(value):
    return f"{value:.2f}"
