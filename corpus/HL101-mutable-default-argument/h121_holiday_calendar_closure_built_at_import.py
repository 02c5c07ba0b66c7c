"""Holiday calendar: `make_calendar` folds a region's fixed-date rules into a
table keyed by (month, day) and returns an `is_holiday` closure. Both
regional calendars are built once at import and share the default table (so
a UK date can answer with a US holiday name), but after import the table is
only read: payroll just asks the closures about each new date."""
import datetime
import itertools

_runs = itertools.count()
US_RULES = ((1, 1, "New Year's Day"), (7, 4, "Independence Day"), (12, 25, "Christmas Day"))
UK_RULES = ((1, 1, "New Year's Day"), (12, 25, "Christmas Day"), (12, 26, "Boxing Day"))


def make_calendar(rules, table={}):  # expect: HL101 refuted
    for month, day, name in rules:
        table[(month, day)] = name

    def is_holiday(day):
        return table.get((day.month, day.day))
    return is_holiday


US_HOLIDAYS = make_calendar(US_RULES)
UK_HOLIDAYS = make_calendar(UK_RULES)


def scenario():
    n = next(_runs)
    year = 1 + (1900 + n) % 9998
    is_holiday = UK_HOLIDAYS if n % 2 else US_HOLIDAYS
    december = [datetime.date(year, 12, d) for d in range(20, 32)]
    return sum(1 for day in december if is_holiday(day))
