"""i18n: translate() looks a message up in the catalog, falling back to the
msgid itself, and fills placeholders with str.format_map so translators may
reorder them. Some callers format numbers into the msgid before lookup."""
import itertools

_orders = itertools.count()


def translate(msgid, catalog={"Your order has shipped": "Ihre Bestellung wurde versandt"}, **params):  # expect: HL101 refuted
    text = catalog.get(msgid, msgid)
    return text.format_map(params)


def scenario():
    n = next(_orders)
    subject = translate("Your order has shipped")
    body = translate(f"Order #{n} ships to {{city}} on {{day}}", city="Berlin", day="Monday")
    return subject, body
