"""rules: the built-in rules; applications register their own the same way."""
import re

from .schema import register

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)


@register("required")
def required(value):
    if value is None or not str(value).strip():
        return "this field is required"


@register("email")
def email(value):
    if value and not _EMAIL.match(value):
        return "enter a valid e-mail address"
