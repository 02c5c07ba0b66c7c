"""Form fields: descriptors that learn their name from the class via __set_name__."""
import functools


def _require(name, value):
    return f"{name} is required" if value in (None, "") else None


class Field:
    def __init__(self, required=True, validators=[]):  # expect: HL101 refuted
        self.required = required
        self.validators = validators

    def __set_name__(self, owner, name):
        self.name = name
        if self.required:
            self.validators.append(functools.partial(_require, name))

    def __get__(self, form, owner=None):
        return self if form is None else form.data.get(self.name)

    def errors(self, value):
        return [msg for check in self.validators if (msg := check(value))]
