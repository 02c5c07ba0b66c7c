"""Feature flags: resolve_flags() starts from the built-in flag table and
applies the request's override header. parse_overrides() turns each entry into
an operator.methodcaller ("name=value" sets a flag, a bare "name" turns it on
unless the table already sets it), so resolve_flags() just applies them."""
import itertools
import operator

_requests = itertools.count()


def parse_overrides(header):
    ops = []
    for item in filter(None, header.split(";")):
        name, _, value = item.partition("=")
        if value:
            ops.append(operator.methodcaller("update", {name: value}))
        else:
            ops.append(operator.methodcaller("setdefault", name, "on"))
    return ops


def resolve_flags(overrides, flags={"dark_mode": "off", "new_checkout": "on"}):  # expect: HL101 refuted
    table = dict(flags)
    for apply in overrides:
        apply(table)
    return table


def scenario():
    n = next(_requests)
    header = f"cohort_{n}=b;dark_mode;new_checkout=on"
    return resolve_flags(parse_overrides(header)).get("dark_mode")
