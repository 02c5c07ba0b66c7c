"""Series storage: (metric, label set) -> value, shared by inc() and the exporters."""


def inc(metric, labels, amount=1, _series={}):  # expect: HL101 refuted
    key = (metric, tuple(sorted(labels.items())))
    _series[key] = _series.get(key, 0) + amount


def series():
    """The live table exporters read: inc's default, one entry per label set seen."""
    return inc.__defaults__[-1]
