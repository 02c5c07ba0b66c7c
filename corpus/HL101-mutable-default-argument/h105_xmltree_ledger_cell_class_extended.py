"""Ledger tables built with ElementTree: `cell()` adds a <td> with the
table's class-level attribute dict as its default. Negative amounts extend
the shared dict's class string in place, so it gets longer with every
negative amount ever rendered."""
import itertools
import xml.etree.ElementTree as ET

_reports = itertools.count()


class LedgerTable:
    cell_attrib = {"class": "num"}

    def __init__(self, caption):
        self.root = ET.Element("table", {"class": "ledger", "title": caption})

    # heaplint-todo: it flows into xml.etree.ElementTree.SubElement(), which heaplint cannot see (heaplint: unknown)
    def cell(self, row, value, attrib=cell_attrib):  # expect: HL101 confirmed
        if value < 0:
            attrib["class"] += " is-negative"
        ET.SubElement(row, "td", attrib).text = "{:,.2f}".format(value)

    def add_row(self, account, amounts):
        row = ET.SubElement(self.root, "tr")
        ET.SubElement(row, "th").text = account
        for amount in amounts:
            self.cell(row, amount)


def scenario():
    n = next(_reports)
    table = LedgerTable("Ledger %d" % n)
    for account, amounts in sorted({"acct-%d" % n: [n * 1.5, -n - 1.0], "fees": [-3.5, -0.25]}.items()):
        table.add_row(account, amounts)
    return len(table.root)
