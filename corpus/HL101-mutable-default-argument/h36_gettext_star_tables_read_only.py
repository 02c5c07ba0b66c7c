"""i18n catalog: gettext() resolves a message through per-call overrides, then the catalog; untranslated messages fall back to the msgid; _find() only reads the tables it is given."""
import itertools


class Translations:
    def __init__(self, catalog):
        self.catalog = catalog

    def gettext(self, msgid, overrides={}):  # expect: HL101 refuted
        return self._find(msgid, overrides, self.catalog)

    def _find(self, name, *tables):
        for table in tables:
            if name in table:
                return table[name]
        return name


de = Translations({"Cart": "Warenkorb", "Checkout": "Kasse"})
_orders = itertools.count()


def scenario():
    n = next(_orders)
    title = de.gettext("Checkout")
    status = de.gettext(f"Order {n} has shipped")
    return len(title) + len(status)
