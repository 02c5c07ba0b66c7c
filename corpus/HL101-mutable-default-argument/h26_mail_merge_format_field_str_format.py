"""Mail merge: an auditing string.Formatter records every value it renders; but templates are rendered with str.format, so format_field never runs (FORMATTER only parses)."""
import itertools
import string


class AuditingFormatter(string.Formatter):
    # heaplint-todo: string.Formatter is a base class the model does not follow (str.format never calls format_field) (heaplint: unknown)
    def format_field(self, value, format_spec, _rendered=[]):  # expect: HL101 refuted
        _rendered.append(value)
        return super().format_field(value, format_spec)


FORMATTER = AuditingFormatter()
TEMPLATE = "Hello {name}, your order {order} ships on {day}."
FIELDS = {field for _, field, _, _ in FORMATTER.parse(TEMPLATE) if field}


def render(context):
    missing = FIELDS - context.keys()
    if missing:
        raise KeyError(f"template needs {sorted(missing)}")
    return TEMPLATE.format(**context)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return render({"name": f"customer {n}", "order": f"#{n:06d}", "day": "Monday"})
