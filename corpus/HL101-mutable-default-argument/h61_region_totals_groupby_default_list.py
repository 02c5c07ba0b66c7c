"""Daily sales report: orders are sorted and grouped by region with itertools.groupby."""
import itertools
from operator import itemgetter

by_region = itemgetter("region")
amount_of = itemgetter("amount")


def group_totals(orders, into=[]):  # expect: HL101 confirmed
    for region, group in itertools.groupby(sorted(orders, key=by_region), key=by_region):
        into.append((region, sum(map(amount_of, group))))
    return into


def build_report(day, orders):
    report = {"day": day, "rows": []}
    report["rows"] = group_totals(orders)
    report["total"] = sum(total for _, total in report["rows"])
    return report


_days = itertools.count()


def scenario():
    n = next(_days)
    orders = [
        {"id": f"o{n}-1", "region": "emea", "amount": n + 10},
        {"id": f"o{n}-2", "region": "apac", "amount": 2 * n},
        {"id": f"o{n}-3", "region": "emea", "amount": 5},
    ]
    return build_report(f"day-{n}", orders)["total"]
