import itertools

from tmpl import VariableCollector, parse

_ids = itertools.count()
BUILTINS = ("site_name", "now")


def undeclared(source):
    tree = parse(source)
    names = VariableCollector().collect(tree)
    return [name for name in names if name not in BUILTINS]


def scenario():
    n = next(_ids)
    source = (
        "Hi {{ customer_%d | title }}, order {{ order_%d }} "
        "ships from {{ site_name }} on {{ now|date }}." % (n, n)
    )
    return undeclared(source)
