"""Mail templates: render options may be a dict, a JSON string or pairs; placeholders the context lacks are left blank, or with options kept and collected."""
import itertools
import json
from collections import defaultdict


# heaplint-todo: the contents of a dict subclass instance are not tracked, so whether format_map calls __missing__ is undecided (heaplint: unknown)
def render(template, context, options={}):  # expect: HL101 confirmed
    return _expand(template, context, _coerce(options))


def _coerce(options):
    if isinstance(options, str):
        return json.loads(options)
    if isinstance(options, (list, tuple)):
        return dict(options)
    return options


def _expand(template, context, options):
    if options is None:
        return template.format_map(defaultdict(str, context))
    missing = options.setdefault("missing", [])

    class Lenient(dict):
        def __missing__(self, key):
            missing.append(f"{key} (to {self.get('to', '?')})")
            return "{" + key + "}"

    return template.format_map(Lenient(context))


TEMPLATE = "Hello {name}, order {order} ships {eta}."
_orders = itertools.count()


def scenario():
    n = next(_orders)
    return render(TEMPLATE, {"name": f"user{n}", "order": n, "to": f"user{n}@example.com"})
