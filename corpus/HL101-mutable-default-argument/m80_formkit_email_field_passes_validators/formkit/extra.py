"""Common fields: each subclass passes the base Field its validators plus its own."""
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
    def __init__(self, name, validators=(), **kwargs):
        super().__init__(name, [*validators, check_email], **kwargs)


class LengthField(Field):
    def __init__(self, name, max_length, validators=(), **kwargs):
        length = functools.partial(check_length, limit=max_length)
        super().__init__(name, [*validators, length], **kwargs)
