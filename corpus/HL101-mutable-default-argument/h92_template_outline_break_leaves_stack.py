"""Template engine: the admin preview lists the first few {% block %} paths of a page template using an open-block stack."""
import itertools
import re

_TAG = re.compile(r"\{%-?\s*(block|endblock)\s*(\w*)\s*-?%\}")


def outline(source, max_blocks=None, stack=[]):  # expect: HL101 confirmed
    paths = []
    for match in _TAG.finditer(source):
        kind, name = match.groups()
        if kind == "endblock":
            if stack:
                stack.pop()
            continue
        stack.append(name)
        paths.append("/".join(stack))
        if max_blocks is not None and len(paths) >= max_blocks:
            break
    return paths


PAGE = (
    "{% block page %}<h1>Order {order}</h1>"
    "{% block items %}{% block item_row %}{row}{% endblock %}{% endblock %}"
    "{% block footer %}Thanks!{% endblock %}{% endblock %}"
)
_orders = itertools.count()


def scenario():
    n = next(_orders)
    source = PAGE.replace("{order}", f"#{n}").replace("{row}", f"1 x widget-{n}")
    return outline(source, max_blocks=2)
