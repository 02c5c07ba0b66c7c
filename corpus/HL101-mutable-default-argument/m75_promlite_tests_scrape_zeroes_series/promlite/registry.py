"""registry: process-wide counters keyed by metric name and label set."""
__all__ = ["inc", "SERIES"]


def inc(
    name,
    labels={},  # expect: HL101 refuted
    amount=1,
    series={},  # expect: HL101 confirmed
):
    """Add `amount` to the counter for (name, labels) and return the series store."""
    key = (name, tuple(sorted(labels.items())))
    series[key] = series.get(key, 0) + amount
    return series


SERIES = inc("promlite_up")  # the first call hands back the store the exporter reads
