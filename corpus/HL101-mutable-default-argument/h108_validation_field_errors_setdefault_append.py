"""Signup form validation: each failing check appends its message under the field
name with `setdefault(field, []).append(...)` in the dict default of `add_error()`,
so the message lists of the same few fields grow with every bad submission."""
import itertools
import re

_signups = itertools.count()
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


def add_error(field, message, errors={}):  # expect: HL101 confirmed
    errors.setdefault(field, []).append(message)
    return errors


def validate_signup(data):
    errors = {}
    email = data.get("email", "")
    if not EMAIL.match(email):
        errors = add_error("email", "%r is not a valid address" % email)
    password = data.get("password", "")
    if len(password) < 10:
        errors = add_error("password", "needs 10+ characters, got %d" % len(password))
    return errors


def scenario():
    n = next(_signups)
    password = "correct-horse-%d" % n if n % 3 == 0 else "pw%d" % n
    return sorted(validate_signup({"email": "user%d-at-example.org" % n, "password": password}))
