"""Sales exporter: renders one period's rows plus a totals footer as CSV text."""
import csv
import io
import itertools

FIELDS = ["region", "units", "revenue"]


def export_sales(period, rows, footer={"region": "TOTAL", "units": 0}):  # expect: HL101 refuted
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    footer["units"] = sum(row["units"] for row in rows)
    footer["revenue"] = round(sum(row["revenue"] for row in rows), 2)
    writer.writerow(footer)
    return buf.getvalue()


_periods = itertools.count()


def scenario():
    n = next(_periods)
    rows = [
        {"region": "north", "units": n % 17, "revenue": n * 1.25},
        {"region": "south", "units": n % 5, "revenue": n * 0.75},
    ]
    return export_sales("2024-W%05d" % n, rows)
