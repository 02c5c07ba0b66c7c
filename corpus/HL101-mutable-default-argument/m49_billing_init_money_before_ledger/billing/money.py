"""Amounts travel as integer euro cents once they enter billing."""
RATES_TO_EUR = {"EUR": 1.0, "USD": 0.92, "GBP": 1.17, "CHF": 1.04}


def to_cents(amount, currency="EUR"):
    try:
        rate = RATES_TO_EUR[currency]
    except KeyError:
        raise ValueError(f"no rate for {currency!r}") from None
    return int(round(float(amount) * rate * 100))


def format_cents(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d} EUR"
