import re

_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def check_email(email):
    email = email.strip().lower()
    if not _EMAIL.match(email):
        raise ValueError(f"invalid email: {email!r}")
    return email
