"""Shared flattener: nested dicts/lists -> dotted keys written into out."""


def flatten_into(out, value, prefix=""):
    if isinstance(value, dict):
        for key, item in value.items():
            flatten_into(out, item, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            flatten_into(out, item, f"{prefix}.{index}")
    elif prefix:
        out[prefix] = value
    else:
        raise TypeError("a scalar record has no column name")
    return out
