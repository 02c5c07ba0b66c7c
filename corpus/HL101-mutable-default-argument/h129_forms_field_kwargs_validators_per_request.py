"""Declarative form fields: `Field.__init__` keeps the `validators` list it is
given, and `EmailField` forwards its **kwargs through super() and then appends
its checks to `self.validators`. The form is built per request, so each
`EmailField` appends fresh checks to the shared default list."""
import functools
import itertools
import re

_requests = itertools.count()
ADDRESS = re.compile(r"[^@\s]+@[^@\s]+")


class Field:
    # heaplint-todo: EmailField.__init__, which can store into it at line 26, never ran in the scenario; code heaplint cannot see may call it (heaplint: unknown)
    def __init__(self, *, required=True, validators=[], **options):  # expect: HL101 confirmed
        self.required, self.validators, self.options = required, validators, options

    def clean(self, value):
        if not value:
            return not self.required
        return all(check(value) for check in self.validators)


class EmailField(Field):
    def __init__(self, max_len=254, **kwargs):
        super().__init__(**kwargs)
        self.validators.append(functools.partial(lambda limit, v: len(v) <= limit, max_len))
        self.validators.append(ADDRESS.fullmatch)


def build_signup_form(n):
    return {"email": EmailField(max_len=100 + n % 50, label="Email"), "backup": EmailField(required=False)}


def scenario():
    n = next(_requests)
    form = build_signup_form(n)
    data = {"email": f"user{n}@example.com", "backup": ""}
    return all(field.clean(data[name]) for name, field in form.items())
