"""Timesheet summary: entries are grouped with itertools.groupby and
`running_totals()` yields each group's cumulative hours for the report. The
totals default carries hours across reports, keyed here by weekday name;
there are only seven weekdays, so reports keep updating the same seven
entries (small ints) instead of adding keys."""
import datetime
import itertools

_reports = itertools.count()


def running_totals(entries, totals={}):  # expect: HL101 refuted
    for key, group in itertools.groupby(entries, key=lambda e: e[1]):
        totals[key] = totals.get(key, 0) + sum(hours for _, _, hours in group)
        yield key, totals[key]


def scenario():
    n = next(_reports)
    entries = []
    for k in range(3):
        day = datetime.date.fromordinal(730000 + 3 * n + k)
        entries += [(day.isoformat(), day.strftime("%A"), h) for h in (3, 4 + k)]
    entries.sort(key=lambda e: e[1])
    return dict(running_totals(entries))
