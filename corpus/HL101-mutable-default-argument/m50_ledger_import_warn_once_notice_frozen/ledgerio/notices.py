"""Notices raised while importing spreadsheet rows."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    code: str
    column: str
    message: str

    def render(self):
        return f"[{self.code}] {self.column}: {self.message}"


MISSING_CURRENCY = ("W101", "currency", "missing currency, assuming EUR")
