"""money: amounts tagged with a Currency; currencies are interned by code."""
from .amount import Money
from .currency import Currency

__all__ = ["Currency", "Money"]
