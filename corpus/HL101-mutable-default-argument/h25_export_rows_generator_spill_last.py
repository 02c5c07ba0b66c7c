"""CSV export: rows come from a generator; full pages are spilled for the resume feature."""
import csv
import io
import itertools

PAGE = 15


class Exporter:
    def __init__(self):
        self.page = []
        self.out = io.StringIO()

    def add(self, row, _spilled=[]):  # expect: HL101 refuted
        self.page.append(row)
        if len(self.page) >= PAGE:
            _spilled[:] = [tuple(self.page)]
            csv.writer(self.out).writerows(self.page)
            self.page = []
            self.out = io.StringIO()
        return len(self.page)


def order_rows(order_id):
    yield (order_id, "header", "")
    for line in range(2):
        yield (order_id, f"line{line}", f"{order_id * 1.5 + line:.2f}")


_exporter = Exporter()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    for row in order_rows(n):
        _exporter.add(row)
