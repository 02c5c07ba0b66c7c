"""Business-day counter: counts working days in an invoice's payment term,
skipping weekends and holidays; fixed-date holidays falling on a weekend are
observed on the next weekday. The observed dates are combined with
`holidays | observed`, which builds a new set and rebinds the local name, so
the regional partial's shared default set is never written."""
import datetime
import functools
import itertools

_invoices = itertools.count()
ONE_DAY = datetime.timedelta(days=1)


def observed_dates(years, fixed, weekend):
    out = set()
    for year in years:
        for month, dom in fixed:
            day = datetime.date(year, month, dom)
            while day.weekday() in weekend:
                day += ONE_DAY
            out.add(day)
    return out


def business_days(start, end, fixed=(), weekend=(5, 6), holidays=set()):  # expect: HL101 refuted
    holidays = holidays | observed_dates(range(start.year, end.year + 1), fixed, weekend)
    return sum(1 for i in range((end - start).days)
               if (start + ONE_DAY * i).weekday() not in weekend and start + ONE_DAY * i not in holidays)


us_business_days = functools.partial(business_days, fixed=((1, 1), (3, 17), (7, 4), (12, 25)))


def scenario():
    n = next(_invoices)
    issued = datetime.date(1 + (1900 + n) % 9998, 3, 1)
    return us_business_days(issued, issued + datetime.timedelta(days=30))
