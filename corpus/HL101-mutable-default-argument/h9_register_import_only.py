"""Exporter registry: formats register themselves at import time; per-request work only looks the exporter up."""
import itertools


def register(name, fn, registry={}):  # expect: HL101 refuted
    registry[name] = fn
    return registry


def to_csv(row):
    return ",".join(str(v) for v in row)


def to_tsv(row):
    return "\t".join(str(v) for v in row)


EXPORTERS = register("csv", to_csv)
register("tsv", to_tsv)

_rows = itertools.count()


def scenario():
    n = next(_rows)
    fmt = ("csv", "tsv")[n % 2]
    return EXPORTERS[fmt]([n, f"item{n}", n * 2])
