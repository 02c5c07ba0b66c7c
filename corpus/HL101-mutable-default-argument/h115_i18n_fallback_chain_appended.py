"""Translation lookup with a fallback chain: `fallback_chain("de_AT")` should
give `["de_AT", "de", "en"]`. The chain is built by appending to a list
default that is never emptied, so every lookup adds its locales to the same
list and the shared chain grows with each message translated."""
import itertools

_messages = itertools.count()
DEFAULT_LOCALE = "en"
CATALOGS = {
    "de": {"cart.items": "{n} Artikel", "cart.total": "Summe: {total} €"},
    "de_AT": {"cart.empty": "Ihr Einkaufswagen ist leer"},
    "en": {"cart.items": "{n} items", "cart.total": "Total: {total}"},
    "fr": {"cart.items": "{n} articles"},
}


def fallback_chain(locale, chain=[]):  # expect: HL101 confirmed
    while locale:
        chain.append(locale)
        locale = locale.rpartition("_")[0]
    chain.append(DEFAULT_LOCALE)
    return chain


def gettext(locale, key, **params):
    for candidate in fallback_chain(locale):
        template = CATALOGS.get(candidate, {}).get(key)
        if template is not None:
            return template.format(**params)
    return key


def scenario():
    n = next(_messages)
    locale = ("de_AT", "fr_CA", "en_GB", "de")[n % 4]
    return [gettext(locale, "cart.items", n=n), gettext(locale, "cart.total", total=f"{n * 1.5:.2f}")]
