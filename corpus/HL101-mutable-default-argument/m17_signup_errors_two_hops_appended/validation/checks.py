"""Field checks: each returns the error list with its own complaint added."""


def _fail(errors, name, value, reason):
    errors.append(f"{name}: {value!r} {reason}")
    return errors


def check_username(name, value, errors):
    if not value.isidentifier():
        return _fail(errors, name, value, "may only contain letters, digits and _")
    return errors


def check_email(name, value, errors):
    local, _, domain = value.partition("@")
    if not local or "." not in domain:
        return _fail(errors, name, value, "is not an email address")
    return errors


def check_phone(name, value, errors):
    if not value.lstrip("+").replace(" ", "").isdigit():
        return _fail(errors, name, value, "is not a phone number")
    return errors
