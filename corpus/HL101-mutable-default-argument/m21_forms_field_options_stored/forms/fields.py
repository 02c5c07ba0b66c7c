"""Concrete fields."""
from .field import Field


class EmailField(Field):
    def __init__(self, options={}):  # expect: HL101 confirmed
        super().__init__(options)

    def clean(self, value):
        value = value.strip().lower()
        if "@" not in value:
            self.add_error(f"{value!r} is not a valid email address")
        return value
