"""Factories shared by the API layer and the test-suite."""


def make_customer(name, prefs={}):  # expect: HL101 refuted
    """A customer record; `prefs` is copied so callers can keep their dict."""
    return {"name": name, "prefs": dict(prefs)}


def make_invoice(customer, lines=[]):  # expect: HL101 confirmed
    currency = customer["prefs"].get("currency", "EUR")
    return {"customer": customer["name"], "currency": currency, "lines": lines}
