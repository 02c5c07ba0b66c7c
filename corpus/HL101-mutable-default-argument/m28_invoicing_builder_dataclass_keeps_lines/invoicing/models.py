"""Invoice record."""
from dataclasses import dataclass


@dataclass
class Invoice:
    customer: str
    lines: list

    def total(self):
        return round(sum(qty * price for _, qty, price in self.lines), 2)
