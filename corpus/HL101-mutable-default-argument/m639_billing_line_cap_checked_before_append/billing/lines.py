"""Line items: (label, price) tuples, at most MAX_LINES per document."""
MAX_LINES = 12


class LineLimitError(ValueError):
    pass


def add_line(lines, label, price):
    if price < 0:
        raise ValueError(f"{label}: negative price")
    if len(lines) >= MAX_LINES:
        raise LineLimitError(f"more than {MAX_LINES} lines")
    lines.append((label, price))
    return lines
