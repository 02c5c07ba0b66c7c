from .resolver import CountryMemo, country_for

__all__ = ["CountryMemo", "country_for"]
