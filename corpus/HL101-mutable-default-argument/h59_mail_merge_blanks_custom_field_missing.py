"""CRM mail merge: placeholders are filled from contact fields, falling back to blanks."""
import collections
import itertools

TEMPLATES = {}


def template(name):
    def register(func):
        TEMPLATES[name] = func
        return func
    return register


def merge(text, fields, blanks=collections.defaultdict(str)):  # expect: HL101 confirmed
    return text.format_map(collections.ChainMap(fields, blanks))


@template("ticket_update")
def ticket_update(field_id):
    return "Hi {first_name}, your {cf_%d} was updated.\n{signature}" % field_id


_messages = itertools.count()


def scenario():
    n = next(_messages)
    field_id = 10_000 + n
    body = TEMPLATES["ticket_update"](field_id)
    fields = {"first_name": f"Ann{n}", "order": f"order #{n}"}
    return merge(body, fields)
