"""Report writers: a shared base handles indentation and headings; subclasses render domain objects."""
import io
import itertools
import textwrap


class TextSink:
    def __init__(self, out=io.StringIO(), indent="  "):  # expect: HL101 confirmed
        self.out = out
        self.indent = indent
        self.level = 0

    def line(self, text=""):
        self.out.write(self.indent * self.level + text + "\n")

    def heading(self, title):
        self.line(title)
        self.line("-" * len(title))


class InvoiceWriter(TextSink):
    def __init__(self, currency="EUR"):
        super().__init__()
        self.currency = currency

    def render(self, invoice):
        self.heading(f"Invoice {invoice['number']}")
        self.level += 1
        for desc, amount in invoice["lines"]:
            self.line(f"{textwrap.shorten(desc, 30):<30} {amount:>9.2f} {self.currency}")
        self.level -= 1
        return self.out.getvalue()


_numbers = itertools.count(2024001)


def scenario():
    n = next(_numbers)
    lines = [(f"Consulting hours for sprint {n} item {i}", n % 97 + i * 12.5) for i in range(3)]
    return InvoiceWriter().render({"number": n, "lines": lines})
