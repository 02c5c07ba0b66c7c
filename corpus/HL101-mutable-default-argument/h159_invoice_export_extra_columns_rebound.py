"""CSV export: `ExtraColumnsMixin.row_for()` has `extra=[]` and calls
`self.decorate(cells, extra, ref)`, which comes from `CsvExporterBase`,
listed after the mixin in `InvoiceExporter`'s bases. decorate() builds
`extra + [...]`, rebinding its local name to a new list, so the mixin's
default list is only read and stays empty."""
import itertools

_invoices = itertools.count()


class ExtraColumnsMixin:
    def row_for(self, record, extra=[]):  # expect: HL101 refuted
        cells = [str(record[column]) for column in self.columns]
        return self.decorate(cells, extra, record["ref"])


class CsvExporterBase:
    delimiter = ","

    def decorate(self, cells, extra, ref):
        extra = extra + [f"ref={ref}"]
        return self.delimiter.join(cells + extra[-1:])


class InvoiceExporter(ExtraColumnsMixin, CsvExporterBase):
    columns = ("number", "customer", "total")


def scenario():
    n = next(_invoices)
    record = {"number": f"INV-{n:06d}", "customer": f"cust-{n % 40}",
              "total": n * 3, "ref": f"PO-{n:08d}-EU-WAREHOUSE"}
    return InvoiceExporter().row_for(record)
