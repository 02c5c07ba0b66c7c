"""Signup forms: `Validated` is a data descriptor that checks each assignment and
stores the value in a dict default keyed by (instance, field), keeping forms'
`__dict__` clean. That dict keeps every request's form object alive for good."""
import itertools


class Validated:
    def __init__(self, check, message, _values={}):  # expect: HL101 confirmed
        self.check, self.message, self._values = check, message, _values

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return self if obj is None else self._values.get((obj, self.name))

    def __set__(self, obj, value):
        if not self.check(value):
            raise ValueError(self.message.format(name=self.name, value=value))
        self._values[(obj, self.name)] = value


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
