"""Notifications: tenant subject lines may name custom fields the event does not carry.

Missing fields render blank through `__missing__`, which here remembers each
blank with `setdefault` - into the shared default placeholder map.
"""
import collections
import itertools


class Blanks(dict):
    def __missing__(self, key):
        return self.setdefault(key, "")


def subject_line(fmt, fields, placeholders=Blanks()):  # expect: HL101 confirmed
    return fmt.format_map(collections.ChainMap(fields, placeholders)).strip()


_events = itertools.count()


def scenario():
    n = next(_events)
    fmt = "Invoice {number} {cf_po_" + str(n) + "}"
    return subject_line(fmt, {"number": f"INV-{n:06d}"})
