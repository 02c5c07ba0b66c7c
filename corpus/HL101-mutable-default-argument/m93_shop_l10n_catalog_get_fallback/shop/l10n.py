"""Per-locale message catalogs, built once per locale from the shipped translations."""
SHIPPED = {
    "en": {"cart.title": "Your cart", "product.sku-1.name": "Blue mug"},
    "de": {"cart.title": "Ihr Warenkorb", "product.sku-1.name": "Blaue Tasse"},
    "nl": {"cart.title": "Uw winkelwagen", "product.sku-1.name": "Blauwe mok"},
}


def get_catalog(locale, _catalogs={}):  # expect: HL101 refuted
    if locale not in _catalogs:
        base = dict(SHIPPED["en"])
        base.update(SHIPPED.get(locale, {}))
        _catalogs[locale] = base
    return _catalogs[locale]
