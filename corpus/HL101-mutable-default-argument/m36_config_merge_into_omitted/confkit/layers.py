"""Flattening and merging of configuration layers into dotted keys."""

__all__ = ["merge_layer", "split_key"]


def split_key(dotted):
    section, _, option = dotted.partition(".")
    return section, option or None


def merge_layer(layer, into={}, prefix=""):  # expect: HL101 confirmed
    """Flatten ``layer`` on top of ``into`` and return the merged mapping."""
    for key, value in layer.items():
        dotted = prefix + str(key).strip().lower()
        if isinstance(value, dict):
            merge_layer(value, into, dotted + ".")
        elif value is not None:
            into[dotted] = value
    return into


def _coerce(value):
    text = value.strip()
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    return int(text) if text.isdigit() else text
