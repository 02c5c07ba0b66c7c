"""Jinja-like `groupby` filter for an order report: items are bucketed by an
attribute into a defaultdict(list) default and the groups are returned
largest first. The buckets are emptied at the start of every call, so the
default only holds the last report's orders until the next one comes."""
import collections
import itertools
import operator

_ids = itertools.count()
Order = collections.namedtuple("Order", "ref status total")


def groupby_filter(items, attribute, _groups=collections.defaultdict(list)):  # expect: HL101 refuted
    _groups.clear()
    getter = operator.attrgetter(attribute)
    for item in items:
        key = getter(item)
        if key is None:
            continue
        _groups[key].append(item)
    ranked = sorted(_groups, key=lambda k: (-len(_groups[k]), k))
    return [(key, _groups[key][-3:]) for key in ranked]


def render_report(orders):
    lines = []
    for status, group in groupby_filter(orders, "status"):
        lines.append(f"{status}: " + ", ".join(f"{o.ref} ({o.total:.2f})" for o in group))
    return "\n".join(lines)


def scenario():
    n = next(_ids)
    statuses = ("open", "paid", None)
    return render_report([Order(f"ORD-{n}-{i}", statuses[i % 3], n + i / 4) for i in range(6)])
