"""Daily sales sheet: CSV lines `region,date,amount` are posted into one
row per region. `list(base_rows)` copies the list of rows, but the row
dicts are the default's own, so each posted date becomes a new column in
the shared rows."""
import csv
import itertools

_days = itertools.count()


# heaplint-todo: the keys written into the shared row dicts come from `csv.reader` rows heaplint cannot take apart, and may repeat (heaplint: unknown)
def post_sales(csv_text, base_rows=[{"region": "north"}, {"region": "south"}, {"region": "west"}]):  # expect: HL101 confirmed
    rows = list(base_rows)
    by_region = {row["region"]: row for row in rows}
    for region, date, amount in csv.reader(csv_text.splitlines()):
        row = by_region.get(region)
        if row is not None:
            row[date] = row.get(date, 0) + int(amount)
    return rows


def scenario():
    n = next(_days)
    date = f"2024-{n // 28 % 12 + 1:02d}-{n % 28 + 1:02d}#{n}"
    text = f"north,{date},{n % 50}\nwest,{date},{n % 7 + 3}\nsouth,{date},12\n"
    rows = post_sales(text)
    return sum(len(row) for row in rows)
