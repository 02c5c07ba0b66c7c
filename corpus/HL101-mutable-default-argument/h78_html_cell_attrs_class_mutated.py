"""HTML report tables: the cell helper adds a per-column CSS class to the tag attributes before rendering."""
import html
import itertools


def _attr_string(attrs):
    return "".join(f' {key}="{html.escape(str(value), quote=True)}"' for key, value in sorted(attrs.items()))


def cell(text, css_class=None, tag="td", attrs={}):  # expect: HL101 confirmed
    if css_class:
        classes = attrs.get("class", "").split()
        classes.append(css_class)
        attrs["class"] = " ".join(classes)
    return f"<{tag}{_attr_string(attrs)}>{html.escape(str(text))}</{tag}>"


def table_row(record, columns):
    cells = [cell(record[name], css_class=f"col-{name}") for name in columns]
    return "<tr>" + "".join(cells) + "</tr>"


COLUMNS = ("id", "customer", "total")
_orders = itertools.count()


def scenario():
    n = next(_orders)
    record = {"id": n, "customer": f"Customer <{n}>", "total": f"{n * 1.5:.2f}"}
    return table_row(record, COLUMNS)
