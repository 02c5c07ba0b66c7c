"""Common fields: each subclass adds its own validator to the base Field's list."""
import functools
import re

from .fields import Field, ValidationError

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.\w+$")


def check_email(value):
    if not _EMAIL.match(value):
        raise ValidationError(f"{value!r} is not an email address")


def check_length(value, limit):
    if len(value) > limit:
        raise ValidationError(f"longer than {limit} characters")


class EmailField(Field):
    def __init__(self, name, **kwargs):
        super().__init__(name, **kwargs)
        self.validators.append(check_email)


class LengthField(Field):
    def __init__(self, name, max_length, **kwargs):
        super().__init__(name, **kwargs)
        self.validators.append(functools.partial(check_length, limit=max_length))
