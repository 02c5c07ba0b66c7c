"""Mailer: the last greeting rendered per locale; the locale comes from a fixed list, picked round-robin by n % len."""
import itertools

LOCALES = ("en", "de", "fr", "es", "pt")


def render_greeting(name, locale, _last={}):  # expect: HL101 refuted
    text = {"en": "Hello", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "pt": "Olá"}[locale]
    _last[locale] = f"{text}, {name}!"
    return _last[locale]


def greet_customer(n):
    return render_greeting(f"customer-{n}", LOCALES[n % len(LOCALES)])


_customers = itertools.count()


def scenario():
    greet_customer(next(_customers))
