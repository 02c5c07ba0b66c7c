def add_header(headers, name, value):
    """Headers may repeat, so each name maps to a list of values."""
    merged = {k: list(v) for k, v in headers.items()}
    merged.setdefault(name, []).append(value)
    return merged


def render_headers(headers):
    return "\r\n".join(f"{k}: {v}" for k, vals in headers.items() for v in vals)
