"""Signup forms: `Validated` is a data descriptor that checks each assignment and
stores the value in the instance's `__dict__`. Its dict default only gets each
field's fallback in `__set_name__`, run once at import when the class is built."""
import itertools


class Validated:
    def __init__(self, check, message, default=None, _defaults={}):  # expect: HL101 refuted
        self.check, self.message, self.default, self._defaults = check, message, default, _defaults

    def __set_name__(self, owner, name):
        self.name, self.key = name, "%s.%s" % (owner.__name__, name)
        self._defaults[self.key] = self.default

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name, self._defaults[self.key])

    def __set__(self, obj, value):
        if not self.check(value):
            raise ValueError(self.message.format(name=self.name, value=value))
        obj.__dict__[self.name] = value


class SignupForm:
    email = Validated(lambda v: "@" in v, "{name}: {value!r} is not an address")
    age = Validated(lambda v: 13 <= v < 130, "{name}: {value} out of range")


_seq = itertools.count()


def scenario():
    n = next(_seq)
    form, errors = SignupForm(), []
    for field, value in (("email", "user%d@example.org" % n), ("age", n % 150)):
        try:
            setattr(form, field, value)
        except ValueError as exc:
            errors.append(str(exc))
    return form.email, form.age, errors
