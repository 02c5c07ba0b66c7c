"""Invoice record; owns its lines (the caller's list is copied)."""
from dataclasses import dataclass


@dataclass
class Invoice:
    customer: str
    lines: list

    def __post_init__(self):
        self.lines = list(self.lines)

    def total(self):
        return round(sum(qty * price for _, qty, price in self.lines), 2)
