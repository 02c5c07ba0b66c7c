"""Report rows: a row class renders itself with csv.writer; the trailer default is only formatted by the csv writer."""
import csv
import io
import itertools


class ReportRow:
    def __init__(self, cells):
        self.cells = cells

    def render(self, trailer=[]):  # expect: HL101 refuted
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(self.cells)
        writer.writerow(trailer)
        return buf.getvalue()


_rows = itertools.count()


def scenario():
    n = next(_rows)
    return ReportRow([n, f"item{n}", n * 3]).render()
