"""Pricing rules, re-exported."""
from .rules import apply_rules

__all__ = ["apply_rules"]
