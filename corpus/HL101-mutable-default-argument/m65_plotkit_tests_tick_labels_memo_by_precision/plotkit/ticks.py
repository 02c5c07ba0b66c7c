"""Tick placement and tick label formatting."""


def tick_values(lo, hi, count=5):
    step = (hi - lo) / (count - 1)
    return [lo + i * step for i in range(count)]


def format_tick(value, precision=2, _specs={}):  # expect: HL101 refuted
    """Format a tick label; the format spec is memoized per precision."""
    spec = _specs.get(precision)
    if spec is None:
        spec = f"{{:.{precision}f}}"
        _specs[precision] = spec
    return spec.format(value).rstrip("0").rstrip(".") or "0"
