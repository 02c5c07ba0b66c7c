"""Serializer registry in the style of a REST framework: ``@serializer(label)``
records each class by its model label so views can look it up. The admin builds
a serializer class per ad-hoc report, uses it for one response, and drops it."""
import itertools

_reports = itertools.count()


def serializer(label, _registry={}):  # expect: HL101 confirmed
    def decorate(cls):
        cls.label = label
        _registry[label] = cls
        return cls
    decorate.lookup = _registry.get
    return decorate


def report_serializer(report_id, columns):
    cls = type("Report%dSerializer" % report_id, (), {"columns": tuple(columns)})
    return serializer("reports.report_%d" % report_id)(cls)


def dump(label, row):
    cls = serializer(label).lookup(label)
    return {col: row.get(col) for col in cls.columns}


def scenario():
    n = next(_reports)
    cls = report_serializer(n, ["id", "total"])
    return dump(cls.label, {"id": n, "total": n * 2.5})
