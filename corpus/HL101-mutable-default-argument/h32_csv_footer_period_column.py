"""CSV report export: the totals footer defaults to a shared one-row list of dicts, its cell keyed by the period."""
import csv
import io
import itertools


def export_period(period, amounts, footer_rows=[{"label": "Total"}]):  # expect: HL101 confirmed
    column = period
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["label", column], extrasaction="ignore")
    writer.writeheader()
    for account, amount in amounts.items():
        writer.writerow({"label": account, column: f"{amount:.2f}"})
    footer_rows[0][column] = f"{sum(amounts.values()):.2f}"
    writer.writerows(footer_rows)
    return buf.getvalue()


_months = itertools.count()


def scenario():
    n = next(_months)
    period = f"{2000 + n // 12}-{n % 12 + 1:02d}"
    amounts = {"sales": 1200.5 + n, "refunds": -80.25, "fees": -12.0 - n % 7}
    return export_period(period, amounts).splitlines()[-1]
