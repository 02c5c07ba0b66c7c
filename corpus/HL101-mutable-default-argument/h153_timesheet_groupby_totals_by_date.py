"""Timesheet summary: entries are grouped with itertools.groupby and
`running_totals()` yields each group's cumulative hours for the report. The
totals default carries hours across reports, keyed here by calendar date;
every report covers days that were never reported before, so each report
adds new date keys to the shared dict."""
import datetime
import itertools

_reports = itertools.count()


# heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
def running_totals(entries, totals={}):  # expect: HL101 confirmed
    for key, group in itertools.groupby(entries, key=lambda e: e[0]):
        totals[key] = totals.get(key, 0) + sum(hours for _, _, hours in group)
        yield key, totals[key]


def scenario():
    n = next(_reports)
    entries = []
    for k in range(3):
        day = datetime.date.fromordinal(730000 + 3 * n + k)
        entries += [(day.isoformat(), day.strftime("%A"), h) for h in (3, 4 + k)]
    entries.sort(key=lambda e: e[0])
    return dict(running_totals(entries))
