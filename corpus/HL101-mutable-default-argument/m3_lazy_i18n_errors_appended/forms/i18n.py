"""Message catalog (English only for now)."""
CATALOG = {"invalid_email": "{value!r} is not a valid e-mail address"}


def translate(key):
    return CATALOG.get(key, key)
