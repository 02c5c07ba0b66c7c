"""Holiday calendar: `make_calendar` folds a region's fixed-date rules for
one year into a table keyed by the observed date (Saturday holidays move to
Friday, Sunday ones to Monday) and returns an `is_holiday` closure. Payroll
builds the calendar for each year it processes; the table is the shared
default, so every year's observed dates pile up in it."""
import datetime
import itertools

_runs = itertools.count()
ONE_DAY = datetime.timedelta(days=1)
US_RULES = ((1, 1, "New Year's Day"), (7, 4, "Independence Day"),
            (11, 11, "Veterans Day"), (12, 25, "Christmas Day"))


def make_calendar(year, rules=US_RULES, table={}):  # expect: HL101 confirmed
    for month, day, name in rules:
        observed = datetime.date(year, month, day)
        if observed.weekday() == 5:
            observed -= ONE_DAY
        elif observed.weekday() == 6:
            observed += ONE_DAY
        table[observed] = name

    def is_holiday(day):
        return table.get(day)
    return is_holiday


def scenario():
    year = 1 + (1900 + next(_runs)) % 9998
    is_holiday = make_calendar(year)
    december = [datetime.date(year, 12, d) for d in range(20, 32)]
    return sum(1 for day in december if is_holiday(day))
