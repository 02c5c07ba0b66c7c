"""Declarative form fields: `Field.__init__` keeps the `validators` list it is
given, and `EmailField` forwards its **kwargs through super() and then appends
its checks to `self.validators`. The fields are declared once in the form's
class body, so the default gets its checks at import time only."""
import functools
import itertools
import re

_requests = itertools.count()
ADDRESS = re.compile(r"[^@\s]+@[^@\s]+")


class Field:
    def __init__(self, *, required=True, validators=[], **options):  # expect: HL101 refuted
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


class SignupForm:
    email = EmailField(max_len=120, label="Email")
    backup = EmailField(required=False)

    @classmethod
    def is_valid(cls, data):
        return all(f.clean(data.get(name, "")) for name, f in vars(cls).items() if isinstance(f, Field))

def scenario():
    n = next(_requests)
    return SignupForm.is_valid({"email": f"user{n}@example.com", "backup": ""})
