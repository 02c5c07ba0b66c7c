from . import plain

__all__ = ["slugify", "headline"]


def slugify(text, _slugs={}):  # expect: HL101 confirmed
    if text not in _slugs:
        _slugs[text] = plain.slugify(text)
    return _slugs[text]


def headline(text):
    return plain.normalize_space(text).title()
