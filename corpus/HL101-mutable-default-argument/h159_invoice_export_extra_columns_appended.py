"""CSV export: `ExtraColumnsMixin.row_for()` has `extra=[]` and calls
`self.decorate(cells, extra, ref)`, which comes from `CsvExporterBase`,
listed after the mixin in `InvoiceExporter`'s bases. decorate() appends the
purchase-order reference onto `extra` in place before joining, so the
mixin's default list grows by one string per exported row."""
import itertools

_invoices = itertools.count()


class ExtraColumnsMixin:
    def row_for(self, record, extra=[]):  # expect: HL101 confirmed
        cells = [str(record[column]) for column in self.columns]
        return self.decorate(cells, extra, record["ref"])


class CsvExporterBase:
    delimiter = ","

    def decorate(self, cells, extra, ref):
        extra.append(f"ref={ref}")
        return self.delimiter.join(cells + extra[-1:])


class InvoiceExporter(ExtraColumnsMixin, CsvExporterBase):
    columns = ("number", "customer", "total")


def scenario():
    n = next(_invoices)
    record = {"number": f"INV-{n:06d}", "customer": f"cust-{n % 40}",
              "total": n * 3, "ref": f"PO-{n:08d}-EU-WAREHOUSE"}
    return InvoiceExporter().row_for(record)
