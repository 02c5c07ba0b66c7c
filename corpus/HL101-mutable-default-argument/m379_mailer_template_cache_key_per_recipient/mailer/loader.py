"""get_template(): compiled templates are memoised; a cache hit returns early."""
import string

from .keys import cache_key

__all__ = ["get_template"]

SOURCES = {
    ("welcome", "en"): "Hello $name, welcome to $site!",
    ("welcome", "de"): "Hallo $name, willkommen bei $site!",
    ("welcome", "fr"): "Bonjour $name, bienvenue sur $site !",
}


def get_template(name, context, _compiled={}):  # expect: HL101 confirmed
    key = cache_key(name, context)
    if key in _compiled:
        return _compiled[key]
    source = SOURCES[name, context["locale"]]
    template = _compiled[key] = string.Template(source)
    return template
