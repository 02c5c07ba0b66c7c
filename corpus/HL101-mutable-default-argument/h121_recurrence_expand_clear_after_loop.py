"""Recurring events: `expand` merges several weekly/biweekly rules into one
date stream, remembering the dates already produced in `emitted` so that
overlapping rules don't repeat a day, and empties the list once every rule
is exhausted. The agenda view `break`s at the first date past its window,
so the generator is dropped before the clear: the shared default keeps
every date it produced."""
import datetime
import itertools

_calendars = itertools.count()


# heaplint-todo: the statement at line 20 that takes its items out again ends a generator, after tests heaplint could not decide: where they let it yield first, a consumer that stops taking items never resumes it there (heaplint: unknown)
def expand(rules, limit=26, emitted=[]):  # expect: HL101 confirmed
    streams = [(start + step * i for i in range(limit)) for start, step in rules]
    for when in sorted(itertools.chain.from_iterable(streams)):
        if when in emitted:
            continue
        emitted.append(when)
        yield when
    emitted.clear()


def agenda(rules, window_end):
    shown = []
    for when in expand(rules):
        if when > window_end:
            break
        if when.weekday() >= 5:
            continue
        shown.append(when.strftime("%a %d %b %Y"))
    return shown


def scenario():
    n = next(_calendars)
    start = datetime.date(2022, 1, 3) + datetime.timedelta(weeks=6 * n)
    rules = [(start, datetime.timedelta(days=7)), (start, datetime.timedelta(days=14))]
    return len(agenda(rules, start + datetime.timedelta(days=30)))
