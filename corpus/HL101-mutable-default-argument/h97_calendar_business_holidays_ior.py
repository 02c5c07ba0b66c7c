"""Payroll calendars: `BusinessCalendar` extends `calendar.Calendar` with a
holiday set, and each tenant's month is built from a fresh calendar. But
`close_on()` uses `|=`, which updates the shared default set in place, so the
closing days of every tenant and month accumulate in it."""
import calendar
import itertools
from datetime import date


class BusinessCalendar(calendar.Calendar):
    # heaplint-todo: it flows into calendar.Calendar.__init__(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, firstweekday=0, holidays=set()):  # expect: HL101 confirmed
        super().__init__(firstweekday)
        self.holidays = holidays

    def close_on(self, *days):
        self.holidays |= set(days)

    def working_days(self, year, month):
        return [d for d in self.itermonthdates(year, month)
                if d.month == month and d.weekday() < 5 and d not in self.holidays]


_seq = itertools.count()


def scenario():
    n = next(_seq)
    year, month = 2000 + n // 12, n % 12 + 1
    cal = BusinessCalendar()
    cal.close_on(date(year, month, 1), date(year, month, 10 + n % 7))
    days = cal.working_days(year, month)
    return "%04d-%02d: %d working days" % (year, month, len(days))
