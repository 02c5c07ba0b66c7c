"""Fields: the default check is the callable instance email_shape.

It arrives through `from .validators import *`; calling it only matches the
regex, so the shared instance stays as it was built.

No label: `Pattern` only binds its compiled regex in `__init__` and no code
changes an instance afterwards, so the default is not a candidate for HL101
(an object that cannot grow; heaplint reports nothing here, as issue 9 asks).
"""
from .helpers import *
from .validators import *


def clean_email(raw, check=email_shape):
    value = normalize_email(raw)
    if not check(value):
        raise ValueError(f"invalid e-mail: {value!r}")
    return value
