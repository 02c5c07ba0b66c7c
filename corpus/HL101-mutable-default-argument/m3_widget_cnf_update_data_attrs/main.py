"""Editable grid: each new row renders a text input tagged with its row id as a data attribute."""
import itertools

from formkit import TextInput

_rows = itertools.count()


def scenario():
    n = next(_rows)
    cell = TextInput("grid", name=f"cell{n}", **{f"data_row_{n}": n})
    return len(cell.render())
