"""A closure keeps only the free variables its body uses, not its defining frame.

Stored closures retain what they capture (growth), while a large local of the
defining function that the closure does not use is freed with the frame.
"""
# retains: yes
# survives-refcount: no
# survives-gc: no
import itertools

HANDLERS = []
_ids = itertools.count()


def make_handler(order_id):
    big_report = [order_id] * 100
    label = f"order-{order_id}"
    handler = lambda: label
    HANDLERS.append(handler)
    return big_report


class Report(list):
    pass


def probe():
    # The defining frame's unused local must die with the frame.
    def make():
        report = Report()
        label = "probe"
        HANDLERS.append(lambda: label)
        return report
    return make()


def scenario():
    make_handler(next(_ids))
