"""Shipping notifications: a Message dataclass renders itself for a locale,
translating its template through the catalog and memoising the result in a
dict default. The memo key is the already formatted English text, which
carries the customer's name and order number."""
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

    def render(self, locale, _memo={}):  # expect: HL101 confirmed
        key = (locale, self.template.format(**self.params))
        if key not in _memo:
            _memo[key] = translate(locale, self.template).format(**self.params)
        return _memo[key]


def scenario():
    n = next(_orders)
    msg = Message("Hello {name}, order {order} has shipped.", {"name": f"Kim {n}", "order": f"A-{n:06d}"})
    return [msg.render(locale) for locale in ("de_DE", "fr_CA", "en_GB")]
