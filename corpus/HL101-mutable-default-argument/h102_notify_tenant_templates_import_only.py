"""Notification templates: string.Template objects are compiled once per
key into a default-dict cache, warmed at import for the stock templates.
Tenant overrides are compiled on the fly and not stored, so after import
the cache is only read and every send leaves it as it was."""
import itertools
import string

_sends = itertools.count()
STOCK = {
    ("welcome", "en"): "Welcome, $name! Your code is $code.",
    ("welcome", "de"): "Willkommen, $name! Dein Code lautet $code.",
}


def compiled(key, source=None, _cache={}):  # expect: HL101 refuted
    if source is not None and key not in _cache:
        _cache[key] = string.Template(source)
    return _cache.get(key)


for _key, _source in STOCK.items():
    compiled(_key, _source)


def render(template, locale, tenant=None, override=None, **context):
    if override is not None:
        tpl = string.Template(override)
    else:
        tpl = compiled((template, locale)) or compiled((template, "en"))
    return tpl.substitute(context)


def scenario():
    n = next(_sends)
    plain = render("welcome", "de" if n % 2 else "fr", name="user%d" % n, code=n * 7)
    custom = render("welcome", "fr", "acme%d" % n, "Bonjour $name, code $code (%d)" % n, name="u%d" % n, code=n)
    return plain, custom
