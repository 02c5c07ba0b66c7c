"""Spreadsheet-style report export: small formatting helpers share one memoizing decorator."""
import functools
import itertools
import textwrap


# heaplint-todo: called with new arguments as outside code would call it, `wrapper` grows it; but this application uses `wrapper` as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def memoize(func, _results={}):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(*args):
        key = (func.__qualname__,) + args
        try:
            return _results[key]
        except KeyError:
            value = _results[key] = func(*args)
            return value

    return wrapper


@memoize
def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def wrap_cell(text, width):
    return tuple(textwrap.wrap(text, width))


_sheets = itertools.count()


def scenario():
    n = next(_sheets)
    row = [f"order-{n}", f"Shipped to warehouse {n % 9} after manual review", str(n * 3)]
    return {column_letter(i): wrap_cell(value, 20) for i, value in enumerate(row)}
