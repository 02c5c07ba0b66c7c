"""Helpers that build deployment manifests."""


def stamp(labels, **fields):
    """Return the labels plus a key=value label for each field, like `kubectl label`."""
    stamped = list(labels)
    for key, value in sorted(fields.items()):
        stamped.append(f"{key}={value}")
    return stamped
