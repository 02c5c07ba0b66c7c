"""i18n: Translator[locale] returns the loaded Catalog for a locale or, for
an unknown locale, the fallback Catalog given as a default. gettext() notes
each untranslated message id in the catalog's `missing` set; for unknown
locales that is the default Catalog's set, so it keeps every id ever asked."""
import itertools

_requests = itertools.count()


class Catalog:
    def __init__(self, locale, messages=None):
        self.locale = locale
        self.messages = dict(messages or {})
        self.missing = set()


class Translator:
    def __init__(self, catalogs):
        self.catalogs = {c.locale: c for c in catalogs}
        self.missing = set()

    def __getitem__(self, locale, _fallback=Catalog("C")):  # expect: HL101 confirmed
        return self.catalogs.get(locale, _fallback)

    def gettext(self, locale, msgid):
        catalog = self[locale]
        if msgid not in catalog.messages:
            catalog.missing.add(msgid)
        return catalog.messages.get(msgid, msgid)


def scenario():
    n = next(_requests)
    tr = Translator([Catalog("de", {"Welcome": "Willkommen"})])
    return tr.gettext("pt_BR", f"Order {n} shipped"), tr.gettext("de", "Welcome")
