"""Report exports: each export request defines a row formatter bound to the
columns the user picked and registers it with `@register(name)`, so the
download step finds it by name in the registry. The registry is the factory's
dict default, but it is keyed by the format name only: three fixed keys, and
each export replaces the previous formatter for its format."""
import itertools

_requests = itertools.count()
SEPARATORS = {"csv": ",", "tsv": "\t", "psv": "|"}


def register(name, registry={}):  # expect: HL101 refuted
    def decorate(func):
        registry[name] = func
        func.registry = registry
        return func
    return decorate


def export(rows, columns, fmt, request_id):
    sep = SEPARATORS[fmt]
    key = fmt

    @register(key)
    def render(row):
        return sep.join(str(row[c]) for c in columns)

    return "\n".join(render.registry[key](row) for row in rows)


def scenario():
    n = next(_requests)
    rows = [{"id": n, "sku": f"SKU-{n}", "qty": n % 7}, {"id": n + 1, "sku": "SKU-X", "qty": 1}]
    return export(rows, ["id", "sku", "qty"][: 2 + n % 2], ("csv", "tsv", "psv")[n % 3], n)
