"""Normaliser: callers include one fed by an optional parser; the default alias table is only read whoever calls."""
import itertools

try:
    from cityparse_ext import parse_city  # optional dependency, may be missing
except ImportError:
    def parse_city(text):
        return text.split(",")[0]


def normalise_city(name, aliases={"nyc": "New York", "sf": "San Francisco"}):  # expect: HL101 refuted
    key = name.strip().lower()
    return aliases.get(key, name.strip().title())


def from_free_text(text):
    return normalise_city(parse_city(text))


def from_form(form):
    return normalise_city(form["city"])


_forms = itertools.count()


def scenario():
    n = next(_forms)
    return from_free_text(f"sf, unit {n}"), from_form({"city": f"town {n}"})
