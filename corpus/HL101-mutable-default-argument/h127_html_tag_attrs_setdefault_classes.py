"""HTML builder: `tag` renders an element from keyword attributes merged into
a default attribute dict; `class_` is collected into a list under "class"
with setdefault so several classes can be combined. The list is created once
inside the default and every row's class name is appended to it."""
import html
import itertools

_ids = itertools.count()


def tag(name, body="", attrs={}, **kwargs):  # expect: HL101 confirmed
    if "class_" in kwargs:
        attrs.setdefault("class", []).append(kwargs.pop("class_"))
    attrs.update(kwargs)
    rendered = "".join(
        ' {}="{}"'.format(key, html.escape(" ".join(value) if isinstance(value, list) else str(value)))
        for key, value in sorted(attrs.items())
    )
    return f"<{name}{rendered}>{html.escape(body)}</{name}>"


def table_row(record):
    cells = "".join(tag("td", str(value)) for value in record.values())
    return tag("tr", cells, class_=f"row-{record['id']}", id=f"r{record['id']}")


def scenario():
    n = next(_ids)
    return table_row({"id": n, "name": f"Widget & Co {n}", "qty": n % 7})
