"""Tick placement and tick label formatting."""


def tick_values(lo, hi, count=5):
    step = (hi - lo) / (count - 1)
    return [lo + i * step for i in range(count)]


def format_tick(value, precision=2, _labels={}):  # expect: HL101 confirmed
    """Format a tick label; labels are memoized because axes redraw often."""
    key = (value, precision)
    label = _labels.get(key)
    if label is None:
        label = f"{value:.{precision}f}".rstrip("0").rstrip(".") or "0"
        _labels[key] = label
    return label
