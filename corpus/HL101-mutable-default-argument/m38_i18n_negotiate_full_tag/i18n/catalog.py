MESSAGES = {
    "en": {"greeting": "Hello, %(name)s!", "cart.empty": "Your cart is empty."},
    "de": {"greeting": "Hallo, %(name)s!", "cart.empty": "Ihr Warenkorb ist leer."},
    "fr": {"greeting": "Bonjour, %(name)s !"},
    "pt-br": {"greeting": "Olá, %(name)s!", "cart.empty": "Seu carrinho está vazio."},
}


class Catalog:
    def __init__(self, locale, messages, fallback=None):
        self.locale = locale
        self.messages = messages
        self.fallback = fallback

    def get(self, msgid):
        if msgid in self.messages:
            return self.messages[msgid]
        if self.fallback is not None:
            return self.fallback.get(msgid)
        return msgid


def load_catalog(locale, domain="messages", _loaded={}):  # expect: HL101 confirmed
    """Return the catalog for ``locale``, loading it on first use."""
    key = (locale.lower(), domain)
    try:
        return _loaded[key]
    except KeyError:
        pass
    base = key[0].partition("-")[0]
    messages = MESSAGES.get(key[0]) or MESSAGES.get(base) or MESSAGES["en"]
    fallback = None if base == "en" else load_catalog("en", domain)
    catalog = _loaded[key] = Catalog(key[0], messages, fallback)
    return catalog
