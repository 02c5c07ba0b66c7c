"""CSV exporter plugin; registers itself as "csv" when imported."""
import csv
import io

from registry import register


def to_csv(rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()


register("csv", to_csv)
register("text/csv", to_csv)
