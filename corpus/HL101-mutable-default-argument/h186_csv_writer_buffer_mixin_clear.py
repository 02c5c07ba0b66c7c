"""Export: CsvExporter initialises Destination and BufferMixin in turn by
explicit calls, handing the mixin its line buffer. flush() joins the buffer
and then clears that same list in place, so the shared default buffer of an
exporter built without one is emptied after every export."""
import itertools

_ids = itertools.count()


class Destination:
    def __init__(self, name):
        self.name = name


class BufferMixin:
    def __init__(self, buffer):
        self.buffer = buffer

    def flush(self):
        out = "\n".join(self.buffer)
        self.buffer.clear()
        return out


class CsvExporter(Destination, BufferMixin):
    def __init__(self, name, buffer=[]):  # expect: HL101 refuted
        Destination.__init__(self, name)
        BufferMixin.__init__(self, buffer)

    def write_row(self, *cells):
        self.buffer.append(",".join(str(c) for c in cells))


def scenario():
    n = next(_ids)
    exporter = CsvExporter(f"orders-{n}.csv")
    exporter.write_row("id", "customer", "total")
    exporter.write_row(n, f"customer-{n}", n * 3)
    return len(exporter.flush())
