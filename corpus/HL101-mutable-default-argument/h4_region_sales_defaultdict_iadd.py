"""Sales dashboard: amounts per region, appended with by_region[region] += [amount]."""
import collections
import itertools

REGIONS = ("emea", "apac", "amer", "latam")


def record_sale(region, amount, by_region=collections.defaultdict(list)):  # expect: HL101 confirmed
    by_region[region] += [amount]
    return sum(by_region[region])


_sales = itertools.count()


def scenario():
    n = next(_sales)
    record_sale(REGIONS[n % 4], 10.0 + n * 0.25)
