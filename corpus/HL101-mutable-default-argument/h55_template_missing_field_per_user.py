"""Notification templates rendered with str.format_map; unknown fields stay visible."""
import itertools

_ids = itertools.count()


class _Lenient(dict):
    def __init__(self, values, missing):
        super().__init__(values)
        self.missing = missing

    def __missing__(self, key):
        self.missing.add((self.get("user"), key))
        return "{" + key + "}"


TEMPLATES = {
    "welcome": "Hi {user}, your workspace {workspace} is ready.",
    "invoice": "Invoice {number} for {user}: {amount} due {due_date}",
}


# heaplint-todo: whether format_map reaches __missing__ depends on a test heaplint cannot evaluate (heaplint: unknown)
def render(name, context, unresolved=set()):  # expect: HL101 confirmed
    template = TEMPLATES.get(name)
    if template is None:
        return ""
    return template.format_map(_Lenient(context, unresolved))


def scenario():
    n = next(_ids)
    ctx = {"user": "user%d" % n, "number": "INV-%05d" % n, "amount": "%d.00" % n}
    return render("welcome", ctx), render("invoice", ctx), render("unknown%d" % n, ctx)
