"""Site settings: the values the pages need are resolved once, at import."""
from cachekit import memoized

RAW = {"site": "  Acme Books ", "currency": "EUR", "locale": "de_DE"}


@memoized
def setting(name):
    return RAW[name].strip()


@memoized
def greeting(user):
    return f"{setting('site')} | welcome back, {user}"


@memoized
def price_format(currency):
    """Unused since checkout moved to the payments service."""
    return "{:.2f} " + currency


SITE = setting("site")
CURRENCY = setting("currency")
