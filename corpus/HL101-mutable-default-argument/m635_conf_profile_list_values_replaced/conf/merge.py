"""Recursive merge: dicts merge key by key, lists and scalars overwrite."""


def deep_merge(dst, src):
    for key, value in src.items():
        if isinstance(value, dict):
            deep_merge(dst.setdefault(key, {}), value)
        elif isinstance(value, list):
            dst[key] = list(value)
        else:
            dst[key] = value
    return dst
