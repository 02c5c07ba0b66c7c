"""Invoice sheet: each call evaluates one invoice line's formulas."""
import itertools

import sheet

_lines = itertools.count()


def scenario():
    n = next(_lines)
    formulas = {
        f"line{n}.net": ("mul", "price", "qty"),
        f"line{n}.tax": ("mul", f"line{n}.net", "vat"),
        f"line{n}.gross": ("add", f"line{n}.net", f"line{n}.tax"),
    }
    return sheet.evaluate(formulas, {"price": 10 + n % 7, "qty": 1 + n % 3})[f"line{n}.gross"]
