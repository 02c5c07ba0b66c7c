"""Tiny form library: subclasses declare ``fields`` and a ``clean_<field>`` method for each."""
import itertools

COUNTRIES = {"DE": "Germany", "FR": "France", "JP": "Japan", "US": "United States"}


class Form:
    fields = ()

    def __init__(self, data):
        self.data = data
        self.cleaned = {}

    # heaplint-todo: it flows into the callers it is returned to, which heaplint cannot see
    def full_clean(self, errors=[]):  # expect: HL101 refuted
        for name in self.fields:
            try:
                self.cleaned[name] = getattr(self, "clean_" + name)(self.data.get(name, ""))
            except (KeyError, ValueError) as exc:
                errors.append(f"{name}: {exc}")
        return errors

    def is_valid(self):
        return not self.full_clean(errors=[])


class SignupForm(Form):
    fields = ("age", "country")

    def clean_age(self, value):
        if int(value) < 13:
            raise ValueError("must be at least 13")
        return int(value)

    def clean_country(self, value):
        return COUNTRIES[value.upper()]


_signups = itertools.count()


def scenario():
    n = next(_signups)
    ok = SignupForm({"email": f"u{n}@example.org", "age": str(20 + n % 50), "country": "de"}).is_valid()
    bad = SignupForm({"email": f"u{n}@example.org", "age": f"{n}yrs", "country": "xx"}).is_valid()
    return ok, bad
