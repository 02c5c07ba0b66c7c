"""Notification renderer built on string.Formatter: get_value, the hook that
vformat calls for every replacement field, also records which fields a
template used so unused context can be reported. It records only the field
name in the shared default `set()` from __init__; the template has three
fields, so after the first message the set never grows."""
import itertools
import string

_messages = itertools.count()
TEMPLATE = "Hi {name}, your order {order_id} ships on {date}."


class AuditingFormatter(string.Formatter):
    # heaplint-todo: it flows into `string.Formatter.__init__()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, used=set()):  # expect: HL101 refuted
        super().__init__()
        self.used = used

    def get_value(self, key, args, kwargs):
        value = super().get_value(key, args, kwargs)
        self.used.add(key)
        return value


def scenario():
    n = next(_messages)
    formatter = AuditingFormatter()
    return formatter.format(TEMPLATE, name=f"customer-{n:06d}",
                            order_id=f"ORD-{n:010d}", date=f"2024-03-{n % 28 + 1:02d}")
