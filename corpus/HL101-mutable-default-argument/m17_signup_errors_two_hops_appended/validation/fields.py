"""Per-field dispatch: each field name maps to its check."""
from .checks import check_email, check_phone, check_username

CHECKS = {"username": check_username, "email": check_email, "phone": check_phone}


def check_fields(form, errors):
    for name, value in form.items():
        check = CHECKS.get(name)
        if check is not None:
            errors = check(name, value.strip(), errors)
    return errors
