"""Sales dashboard: each week's pivot (one row per region, one column pair per
week) is exported as delimited text for the download button."""
import itertools

from tabular import TableExport

_weeks = itertools.count(1)


def scenario():
    week = next(_weeks)
    units, revenue = f"w{week}:units", f"w{week}:revenue"
    rows = [{"region": "north", units: 12 + week % 5, revenue: 480.5},
            {"region": "south, coast", units: 7, revenue: 280.0}]
    return len(TableExport(rows).render())
