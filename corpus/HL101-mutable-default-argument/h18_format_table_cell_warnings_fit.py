"""Plain-text table formatter (tabulate-style): cells wider than their column are cut, with a warning for the caller's log (the short customer codes always fit)."""
import itertools


# heaplint-todo: len() of an f-string with a formatted number is not evaluated, so the width test is undecided (heaplint: unknown)
def format_cell(value, width, warnings=[]):  # expect: HL101 refuted
    text = f"{value}"
    if len(text) > width:
        warnings.append(f"cell {text!r} truncated to {width} characters")
        text = text[: width - 1] + "~"
    return text.ljust(width)


def format_row(row, widths):
    return " | ".join(format_cell(value, width) for value, width in zip(row, widths))


_orders = itertools.count()


def scenario():
    n = next(_orders)
    widths = (8, 24, 10)
    return format_row((n, f"cust-{n % 100000}", f"{n * 1.25:.2f}"), widths)
