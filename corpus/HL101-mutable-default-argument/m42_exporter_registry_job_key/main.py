import itertools

from exporters import load_exporter

_ids = itertools.count()
SETTINGS = {"exporter": "exporters.csv_plugin", "retries": 2}


def scenario():
    n = next(_ids)
    options = {"job": "nightly-%d" % n, "dialect": "excel-semicolon", "delimiter": ";"}
    exporter_cls = load_exporter(SETTINGS, options)
    rows = [("invoice", "total"), ("INV-%05d" % n, "%.2f" % (n * 1.25))]
    if exporter_cls.for_format(exporter_cls.fmt) is not exporter_cls:
        raise RuntimeError("registry out of sync")
    return exporter_cls().export(rows)
