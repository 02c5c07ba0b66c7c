"""Order lines built on a dataclass; bulk lines get a note for the warehouse."""
import itertools
from dataclasses import dataclass, field


@dataclass
class Order:
    customer: str
    lines: list = field(default_factory=list)

    def add_line(self, sku, qty, notes=[]):  # expect: HL101 confirmed
        line = {"sku": sku, "qty": qty, "notes": notes}
        if qty > 10:
            line["notes"].append(f"bulk pick for {self.customer}")
        self.lines.append(line)
        return line

    def total_qty(self):
        return sum(line["qty"] for line in self.lines)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    order = Order(f"cust{n}")
    order.add_line(f"sku{n}", 2)
    order.add_line(f"sku{n + 1}", 12)
    return order.total_qty()
