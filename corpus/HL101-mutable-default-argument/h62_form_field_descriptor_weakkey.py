"""Form library: validated fields are descriptors that keep each form's cleaned values."""
import itertools
import re
import weakref


class Field:
    def __init__(self, pattern, required=True, values=weakref.WeakKeyDictionary()):  # expect: HL101 refuted
        self.regex = re.compile(pattern)
        self.required = required
        self.values = values

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, form, owner=None):
        if form is None:
            return self
        return self.values.get(form, {}).get(self.name)

    def __set__(self, form, raw):
        raw = raw.strip()
        if self.required and not raw:
            raise ValueError(f"{self.name} is required")
        if raw and not self.regex.fullmatch(raw):
            raise ValueError(f"{self.name} is invalid")
        self.values.setdefault(form, {})[self.name] = raw


class SignupForm:
    email = Field(r"[^@\s]+@[^@\s]+\.\w+")
    username = Field(r"[a-z][a-z0-9_]{2,29}")

    def __init__(self, data):
        self.email = data.get("email", "")
        self.username = data.get("username", "")


_signups = itertools.count()


def scenario():
    n = next(_signups)
    form = SignupForm({"email": f"u{n}@example.org", "username": f"user_{n}"})
    return form.username, form.email
