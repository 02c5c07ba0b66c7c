"""Report tables: rows are sorted by any column through functools.partial key functions; getters are built once per column."""
import datetime
import functools
import itertools
import operator


def column_key(row, column, _getters={}):  # expect: HL101 confirmed
    getter = _getters.get(column)
    if getter is None:
        getter = _getters[column] = operator.itemgetter(column)
    value = getter(row)
    if isinstance(value, (int, float)):
        return (False, value, "")
    return (value is None, 0, str(value).casefold())


def sort_table(rows, column, descending=False):
    return sorted(rows, key=functools.partial(column_key, column=column), reverse=descending)


def pivot_by_day(day, totals):
    column = day.isoformat()
    rows = [{"region": region, column: amount} for region, amount in totals.items()]
    return column, rows


_reports = itertools.count()
EPOCH = datetime.date(2024, 1, 1)


def scenario():
    n = next(_reports)
    column, rows = pivot_by_day(EPOCH + datetime.timedelta(days=n), {"north": n % 7, "south": n % 5, "west": 3})
    return [row["region"] for row in sort_table(rows, column, descending=True)]
