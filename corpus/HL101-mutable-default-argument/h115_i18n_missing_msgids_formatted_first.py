"""Template helper `t(value, catalog)`: numbers are formatted for the locale,
lazy messages are looked up by msgid and formatted afterwards, plain strings
are looked up as they are. Misses go into a set default for the translators'
report. The order banner formats the message *before* translating it, so each
order number is a new missing msgid."""
import itertools
from decimal import Decimal

_orders = itertools.count(1000)
CATALOG_DE = {"Order {number} confirmed": "Bestellung {number} bestätigt", "Total": "Summe"}


class Lazy:
    def __init__(self, msgid, **params):
        self.msgid, self.params = msgid, params


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 19, 21 (heaplint: unknown)
def t(value, catalog, missing=set()):  # expect: HL101 confirmed
    if isinstance(value, (int, Decimal)):
        return f"{value:,.2f}".translate(str.maketrans(",.", ".,"))
    if isinstance(value, Lazy):
        msgid, params = value.msgid, value.params
    else:
        msgid, params = str(value), {}
    text = catalog.get(msgid)
    if text is None:
        missing.add(msgid)
        text = msgid
    return text.format(**params) if params else text


def order_banner(number, total):
    headline = t(f"Order {number} confirmed", CATALOG_DE)
    return f"{headline} · {t('Total', CATALOG_DE)}: {t(total, CATALOG_DE)} € · {t('Shipping', CATALOG_DE)}"


def scenario():
    n = next(_orders)
    return order_banner(n, Decimal(n) / 8)
