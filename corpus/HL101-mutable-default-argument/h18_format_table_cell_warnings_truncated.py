"""Plain-text table formatter (tabulate-style): cells wider than their column are cut, with a warning for the caller's log."""
import itertools


def format_cell(value, width, warnings=[]):  # expect: HL101 confirmed
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
    return format_row((n, f"customer-{n}@mail.example.org", f"{n * 1.25:.2f}"), widths)
