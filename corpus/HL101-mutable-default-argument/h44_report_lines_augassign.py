"""Plain-text report formatter that starts from a default list of prelude lines
and adds the rendered rows with `lines += [...]`; on a list `+=` extends the
object in place, so the default prelude list itself collects every row of
every report and grows with each call."""
import itertools

_ids = itertools.count()

COLUMNS = (("sku", 10), ("description", 24), ("qty", 5), ("total", 10))


def _cell(value, width):
    text = "%.2f" % value if isinstance(value, float) else str(value)
    if len(text) > width:
        text = text[: width - 1] + "~"
    return text.rjust(width) if isinstance(value, (int, float)) else text.ljust(width)


def _header():
    names = " ".join(name.upper().ljust(width) for name, width in COLUMNS)
    return [names, "-" * len(names)]


def format_report(rows, title="Order summary", lines=[]):  # expect: HL101 confirmed
    lines += [title, "=" * len(title)] + _header()
    lines += [" ".join(_cell(row[name], width) for name, width in COLUMNS) for row in rows]
    total = sum(row["total"] for row in rows)
    return "\n".join(lines + ["", "Grand total: %.2f" % total])


def scenario():
    n = next(_ids)
    rows = [
        {"sku": "A-%05d" % n, "description": "Widget, blue", "qty": 2, "total": 19.98},
        {"sku": "B-%05d" % n, "description": "Gadget (refurbished)", "qty": 1, "total": 5.0 + n},
    ]
    return len(format_report(rows, title="Order %d" % n))
