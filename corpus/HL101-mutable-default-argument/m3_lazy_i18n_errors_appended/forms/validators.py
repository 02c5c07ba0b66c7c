"""Validators: messages are translated by forms.i18n, imported lazily on the error path only."""


def fail(msg, **params):
    from . import i18n

    return i18n.translate(msg).format(**params)


def validate_email(value, errors=[]):  # expect: HL101 confirmed
    local, sep, domain = value.partition("@")
    if not sep or "." not in domain:
        errors.append(fail("invalid_email", value=value))
        return False
    return bool(local)
