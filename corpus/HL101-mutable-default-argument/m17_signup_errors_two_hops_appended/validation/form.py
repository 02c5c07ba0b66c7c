"""Whole-form validation: returns the list of problems found."""
from .fields import check_fields

REQUIRED = ("username", "email", "phone")


def validate(form, errors=[]):  # expect: HL101 confirmed
    missing = [name for name in REQUIRED if not form.get(name)]
    if missing:
        return [f"missing field: {name}" for name in missing]
    return check_fields(form, errors)
