"""Audit export: each model class adds its own columns, then hands the
list to its parent through `super()`. The leaf appends straight to its
default list and passes it up, so every export adds its columns to it."""
import itertools

_rows = itertools.count()


class Record:
    # heaplint-todo: a public method whose default grows when it is called without `out`; no call in this file does, but callers elsewhere may (heaplint: unknown)
    def fields(self, out=[]):  # expect: HL101 refuted
        out.append(("id", self.pk))
        return out


class Timestamped(Record):
    # heaplint-todo: a public method whose default grows when it is called without `out`; no call in this file does, but callers elsewhere may (heaplint: unknown)
    def fields(self, out=[]):  # expect: HL101 refuted
        out.append(("created", "2024-01-%02d" % (self.pk % 28 + 1)))
        return super().fields(out)


class Invoice(Timestamped):
    def __init__(self, pk, customer):
        self.pk, self.customer = pk, customer

    def fields(self, out=[]):  # expect: HL101 confirmed
        out.append(("customer", self.customer))
        return super().fields(out)


def scenario():
    n = next(_rows)
    return dict(Invoice(n, "cust-%d" % n).fields())
