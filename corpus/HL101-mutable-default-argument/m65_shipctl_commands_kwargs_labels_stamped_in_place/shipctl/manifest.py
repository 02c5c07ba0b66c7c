"""Helpers that build deployment manifests."""


def stamp(labels, **fields):
    """Add a key=value label for each field, like `kubectl label`."""
    for key, value in sorted(fields.items()):
        labels.append(f"{key}={value}")
    return labels
