import re

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]+$")


def validate_signup(data, errors=[]):  # expect: HL101 confirmed
    """Return (field, message) pairs for every invalid field."""
    email = data.get("email", "")
    if not _EMAIL.match(email):
        errors += [("email", f"{email!r} is not an address")]
    if len(data.get("password", "")) < 8:
        errors += [("password", "at least 8 characters")]
    return errors
