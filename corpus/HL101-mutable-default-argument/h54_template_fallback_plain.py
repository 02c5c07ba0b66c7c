"""Tenant-editable notification templates rendered with str.format_map."""
import collections
import itertools

_ids = itertools.count()


class KeepPlaceholders(dict):
    """Fallback mapping: unknown {fields} stay in the output verbatim."""

    def __missing__(self, key):
        placeholder = "{%s}" % key
        return placeholder


def render(template, context, _fallback=KeepPlaceholders()):  # expect: HL101 refuted
    if not template:
        return ""
    chained = collections.ChainMap(context, _fallback)
    try:
        return template.format_map(chained)
    except (ValueError, IndexError) as exc:
        raise ValueError("bad template %r: %s" % (template, exc)) from None


def notify(tenant_template, ticket):
    context = {"name": ticket["requester"].title(), "ticket": ticket["id"]}
    subject = render("[#{ticket}] update", context)
    return subject, render(tenant_template, context)


def scenario():
    n = next(_ids)
    template = "Hi {name}, ticket {ticket} ({cf_%d}) was updated." % n
    return notify(template, {"id": n, "requester": "user %d" % n})
