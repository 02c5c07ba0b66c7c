"""Fields: an error mapping is created per call unless the caller passes one."""
from .checks import require_domain_dot
from .markers import UNSET


def clean_email(raw, errors=UNSET):  # expect: HL101 refuted
    if errors is UNSET:
        errors = {}
    value = raw.strip().lower()
    require_domain_dot(value, errors)
    return value, errors
