"""Cron-style job table: `@cron(spec)` files a function under its schedule
in the decorator's default table. All jobs are registered when the module
is imported; the scheduler tick only reads the table to find and run the
jobs due this minute."""
import itertools

_ticks = itertools.count()


def cron(spec, table={}):  # expect: HL101 refuted
    def register(fn):
        table.setdefault(spec, []).append(fn)
        fn.table = table
        return fn
    return register


def matches(spec, minute):
    return spec == "*" or (spec.startswith("*/") and minute % int(spec[2:]) == 0)


@cron("*/5")
def rotate_logs(minute):
    return "rotated@%d" % minute


@cron("*")
def flush_metrics(minute):
    return "flushed@%d" % minute


def run_due(minute):
    return [fn(minute) for spec, fns in sorted(rotate_logs.table.items()) if matches(spec, minute) for fn in fns]


def scenario():
    return len(run_due(next(_ticks) % 60))
