ISO_CODES = frozenset({"EUR", "USD", "GBP", "JPY", "CHF"})


class Currency:
    """A currency code; equal codes share one instance so ``is`` comparisons work."""

    __slots__ = ("code", "minor_units")

    def __new__(cls, code, minor_units=2, _interned={}):  # expect: HL101 confirmed
        code = code.upper()
        known = _interned.get(code)
        if known is not None:
            return known
        self = super().__new__(cls)
        self.code = code
        self.minor_units = 0 if code == "JPY" else minor_units
        _interned[code] = self
        return self

    def __repr__(self):
        return f"Currency({self.code!r})"
