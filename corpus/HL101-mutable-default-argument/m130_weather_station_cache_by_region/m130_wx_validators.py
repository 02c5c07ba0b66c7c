"""Input checks for city names."""


class BadCity(ValueError):
    pass


def clean_name(raw):
    name = raw.strip().lower()
    if not name:
        raise BadCity(repr(raw))
    return name
