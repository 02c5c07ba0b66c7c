"""loader: built-in catalogs, merged with a tenant's overrides on first use."""
__all__ = ["BUILTIN", "load_catalog"]

BUILTIN = {
    "en": {"welcome": "Welcome to {shop}!", "cart": "{n} items in your cart"},
    "de": {"welcome": "Willkommen bei {shop}!", "cart": "{n} Artikel im Warenkorb"},
    "es": {"welcome": "¡Bienvenido a {shop}!", "cart": "{n} artículos en tu carrito"},
}


def load_catalog(locale, tenant=None, overrides=None, _catalogs={}):  # expect: HL101 confirmed
    """The catalog of `locale` as seen by `tenant`, built once per (locale, tenant)."""
    key = (locale, tenant)
    catalog = _catalogs.get(key)
    if catalog is None:
        catalog = dict(BUILTIN[locale])
        catalog.update(overrides or {})
        _catalogs[key] = catalog
    return catalog
