"""CSV export."""
import csv
import io

COLUMNS = ("name", "owner", "done")


def render(title, rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return f"# {title}\n" + buf.getvalue()
