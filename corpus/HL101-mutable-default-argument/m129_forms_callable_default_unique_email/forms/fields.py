"""Fields: the default check is the callable instance unique_email.

It arrives through `from .validators import *`; each call hands it a new
address, and the shared instance adds it to its seen set for good.
"""
from .helpers import *
from .validators import *


def clean_email(raw, check=unique_email):  # expect: HL101 confirmed
    value = normalize_email(raw)
    if not check(value):
        raise ValueError(f"invalid e-mail: {value!r}")
    return value
