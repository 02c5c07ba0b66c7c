"""i18n: translate() looks a message up in the catalog and records a missing
msgid there (so untranslated strings can be exported for translators), then
fills placeholders with str.format_map. Some callers format numbers into the
msgid before lookup."""
import itertools

_orders = itertools.count()


def translate(msgid, catalog={"Your order has shipped": "Ihre Bestellung wurde versandt"}, **params):  # expect: HL101 confirmed
    text = catalog.setdefault(msgid, msgid)
    return text.format_map(params)


def scenario():
    n = next(_orders)
    subject = translate("Your order has shipped")
    body = translate(f"Order #{n} ships to {{city}} on {{day}}", city="Berlin", day="Monday")
    return subject, body
