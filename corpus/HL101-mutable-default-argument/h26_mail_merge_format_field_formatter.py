"""Mail merge: an auditing string.Formatter records every value it renders; templates are rendered with FORMATTER.format."""
import itertools
import string


class AuditingFormatter(string.Formatter):
    # heaplint-todo: string.Formatter is a base class the model does not follow (its vformat calls format_field) (heaplint: unknown)
    def format_field(self, value, format_spec, _rendered=[]):  # expect: HL101 confirmed
        _rendered.append(value)
        return super().format_field(value, format_spec)


FORMATTER = AuditingFormatter()
TEMPLATE = "Hello {name}, your order {order} ships on {day}."
FIELDS = {field for _, field, _, _ in FORMATTER.parse(TEMPLATE) if field}


def render(context):
    missing = FIELDS - context.keys()
    if missing:
        raise KeyError(f"template needs {sorted(missing)}")
    return FORMATTER.format(TEMPLATE, **context)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return render({"name": f"customer {n}", "order": f"#{n:06d}", "day": "Monday"})
