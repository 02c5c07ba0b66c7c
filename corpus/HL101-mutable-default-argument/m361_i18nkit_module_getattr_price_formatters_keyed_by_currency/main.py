"""Shop front: each call renders one freshly priced cart line in the shopper's currency."""
import itertools

import i18nkit

_ids = itertools.count()
_CURRENCIES = ("EUR", "USD", "GBP", "CHF")


def scenario():
    n = next(_ids)
    currency = _CURRENCIES[n % len(_CURRENCIES)]
    price = i18nkit.format_price(n * 1.25 + 0.99, currency)
    when = i18nkit.format_date(2024, 1 + n % 12, 1 + n % 28)
    return f"{when}: {price}"
