"""i18n: message catalogs, number formatting and locale negotiation."""
from .formatting import format_currency
from .loader import load_catalog
from .selection import select_locale

__all__ = ["format_currency", "load_catalog", "select_locale"]
