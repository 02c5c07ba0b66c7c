"""Spreadsheet export: rows are encoded as UTF-8 CSV with a BOM so Excel opens accented names correctly."""
import csv
import io
import itertools

HEADER = ("id", "name", "city", "balance")


# heaplint-todo: it flows into `io.TextIOWrapper()`, which heaplint cannot see (heaplint: unknown)
def encode_rows(rows, raw=io.BytesIO()):  # expect: HL101 refuted
    if raw.closed:
        raw = io.BytesIO()
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    writer.writerows(rows)
    text.flush()
    return raw.getvalue()


def export_customers(customers):
    rows = [(c["id"], c["name"], c["city"], f"{c['balance']:.2f}") for c in customers]
    return {"content_type": "text/csv; charset=utf-8", "body": encode_rows(rows)}


_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    customers = [
        {"id": n * 4 + i, "name": f"Zoë Müller {n}-{i}", "city": "Málaga", "balance": n / 7 + i}
        for i in range(3)
    ]
    return len(export_customers(customers)["body"])
