"""CMS navigation: renders a nested menu as breadcrumb lines ("Shop / Men /
Shoes"). `render_item` and `render_children` recurse into each other and
share the `trail` list default. An item pushes its label and pops it after
its children, but a leaf returns before the pop; the parents' pops then
remove the wrong labels and three labels per rendered menu stay on the
default list."""
import itertools

_pages = itertools.count()


def render_item(item, trail=[]):  # expect: HL101 confirmed
    trail.append(item["label"])
    line = " / ".join(trail)
    children = item.get("children")
    if not children:
        return [line]
    lines = [line] + render_children(children, trail)
    trail.pop()
    return lines


def render_children(children, trail):
    lines = []
    for child in children:
        lines += render_item(child, trail)
    return lines


def scenario():
    n = next(_pages)
    menu = {"label": f"Shop {n}", "children": [
        {"label": f"Men {n}", "children": [{"label": f"Shoes {n}"}, {"label": f"Coats {n}"}]},
        {"label": f"Sale {n}"},
    ]}
    return render_item(menu)
