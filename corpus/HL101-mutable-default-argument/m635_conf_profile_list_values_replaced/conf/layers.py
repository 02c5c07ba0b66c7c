from .merge import deep_merge


def layered(layers):
    """Merge config layers, lowest first, into a fresh dict."""
    merged = {}
    for layer in layers:
        deep_merge(merged, layer)
    return merged
