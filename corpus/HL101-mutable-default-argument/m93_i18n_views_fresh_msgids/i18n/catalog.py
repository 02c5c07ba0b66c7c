"""Message catalog with a lookup cache, so hot pages skip the fallback chain."""
MESSAGES = {
    "de": {"Your order has shipped": "Ihre Bestellung wurde versandt",
           "Order {order_id} has shipped": "Bestellung {order_id} wurde versandt",
           "Welcome back, {name}": "Willkommen zurück, {name}"},
    "fr": {"Your order has shipped": "Votre commande a été expédiée",
           "Order {order_id} has shipped": "La commande {order_id} a été expédiée",
           "Welcome back, {name}": "Bon retour, {name}"},
}
FALLBACKS = {"de-at": "de", "fr-ca": "fr"}


def gettext(msgid, locale="en", _cache={}):  # expect: HL101 confirmed
    key = (locale, msgid)
    if key not in _cache:
        lang = locale if locale in MESSAGES else FALLBACKS.get(locale)
        _cache[key] = MESSAGES.get(lang, {}).get(msgid, msgid)
    return _cache[key]
