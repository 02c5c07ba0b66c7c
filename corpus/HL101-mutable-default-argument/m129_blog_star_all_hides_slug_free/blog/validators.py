"""Validators (no __all__): title_ok is a callable instance, slug_free a check.

slug_free here only reads `taken`.
"""


class MaxLen:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, text):
        return 0 < len(text) <= self.limit


title_ok = MaxLen(80)


def slug_free(slug, taken):
    return slug not in taken
