"""Ledger model; HOUSE_LEDGER is the process-wide ledger exported with __all__."""
from dataclasses import dataclass, field

__all__ = ["Ledger", "HOUSE_LEDGER"]


@dataclass
class Ledger:
    owner: str
    lines: list = field(default_factory=list)

    def total(self):
        return sum(cents for _, cents in self.lines)


HOUSE_LEDGER = Ledger("house")
