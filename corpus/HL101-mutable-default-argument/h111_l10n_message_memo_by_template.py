"""Shipping notifications: a Message dataclass renders itself for a locale,
translating its template through the catalog and memoising the translated
template in a dict default keyed by (locale, template); the customer's name
and order number are filled in after the lookup."""
import dataclasses
import itertools

_orders = itertools.count()
CATALOG = {
    "de": {"Hello {name}, order {order} has shipped.": "Hallo {name}, Bestellung {order} ist unterwegs."},
    "fr": {"Hello {name}, order {order} has shipped.": "Bonjour {name}, la commande {order} est partie."},
}


def translate(locale, template):
    return CATALOG.get(locale.split("_")[0], {}).get(template, template)


@dataclasses.dataclass
class Message:
    template: str
    params: dict = dataclasses.field(default_factory=dict)

    def render(self, locale, _memo={}):  # expect: HL101 refuted
        key = (locale, self.template)
        if key not in _memo:
            _memo[key] = translate(locale, self.template)
        return _memo[key].format(**self.params)


def scenario():
    n = next(_orders)
    msg = Message("Hello {name}, order {order} has shipped.", {"name": f"Kim {n}", "order": f"A-{n:06d}"})
    return [msg.render(locale) for locale in ("de_DE", "fr_CA", "en_GB")]
