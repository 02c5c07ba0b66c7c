"""Cron-style job table: `@cron(spec)` files a function under its schedule
in the decorator's default table. The payment webhook also uses it at run
time for a per-order receipt follow-up that nothing ever removes."""
import itertools

_orders = itertools.count()


def cron(spec, table={}):  # expect: HL101 confirmed
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


def run_due(minute):
    return [fn(minute) for spec, fns in sorted(rotate_logs.table.items()) if matches(spec, minute) for fn in fns]


def on_order_paid(order_id):
    @cron("*/%d" % (order_id % 7 + 1))
    def send_receipt(minute):
        return "receipt for order %d" % order_id
    return send_receipt


def scenario():
    n = next(_orders)
    on_order_paid(n)
    return len(run_due(n % 60))
