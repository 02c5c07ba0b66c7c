"""Dashboard endpoint: one request renders one day's sales rows."""
import itertools

import sales_report as sales

_requests = itertools.count()


def scenario():
    n = next(_requests)
    day = sales.day_of(n)
    records = [
        (day, "north", 10 + n % 7, sales.revenue(129_900 + n)),
        (day, "south", 4 + n % 5, sales.revenue(58_350 + n)),
    ]
    return sales.daily_rows(records)
