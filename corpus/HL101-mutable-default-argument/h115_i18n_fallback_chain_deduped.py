"""Translation lookup with a fallback chain: `fallback_chain("de_AT")` should
give `["de_AT", "de", "en"]`. The chain is built in a list default that is
never emptied, but each locale is appended only if it is not there yet; the
shop serves a fixed set of locales, so the shared list stops growing once each
has been seen (lookups go through a stale order, but memory stays bounded)."""
import itertools

_messages = itertools.count()
DEFAULT_LOCALE = "en"
CATALOGS = {
    "de": {"cart.items": "{n} Artikel", "cart.total": "Summe: {total} €"},
    "de_AT": {"cart.empty": "Ihr Einkaufswagen ist leer"},
    "en": {"cart.items": "{n} items", "cart.total": "Total: {total}"},
    "fr": {"cart.items": "{n} articles"},
}


def fallback_chain(locale, chain=[]):  # expect: HL101 refuted
    while locale:
        if locale not in chain:
            chain.append(locale)
        locale = locale.rpartition("_")[0]
    if DEFAULT_LOCALE not in chain:
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
