"""validation: schemas of fields, each field checked by named rules."""
from . import rules  # registers the built-in rules
from .schema import RULES, Schema, register

__all__ = ["RULES", "Schema", "register"]
