"""Report rendering: `Report` keeps its sections in a list that defaults to
`[]` and renders them through the `html` property. `InvoiceReport` forwards
its keyword options to `super().__init__` and then adds its line-item section
with `self.sections = self.sections + [...]`, which builds a new list and
rebinds the attribute, so the shared default stays empty."""
import itertools

_ids = itertools.count()


class Report:
    def __init__(self, title, sections=[], footer=""):  # expect: HL101 refuted
        self.title = title
        self.sections = sections
        self.footer = footer

    @property
    def html(self):
        body = "".join(f"<h2>{h}</h2><p>{text}</p>" for h, text in self.sections)
        return f"<h1>{self.title}</h1>{body}<footer>{self.footer}</footer>"


class InvoiceReport(Report):
    def __init__(self, number, items, **kwargs):
        super().__init__(f"Invoice {number}", **kwargs)
        lines = "<br>".join(f"{qty} x {name} @ {price:.2f}" for name, qty, price in items)
        self.sections = self.sections + [("Items", lines), ("Total", f"{sum(q * p for _, q, p in items):.2f}")]


def scenario():
    n = next(_ids)
    items = [(f"widget-{n}", n % 5 + 1, 2.5), ("shipping", 1, 4.99)]
    return InvoiceReport(f"INV-{n:06d}", items, footer="Thank you").html
