from .merge import deep_merge


def load_profile(name, overrides, base={}):  # expect: HL101 refuted
    """Merge a worker's overrides onto the base profile and name it."""
    if not isinstance(overrides, dict):
        raise TypeError(f"{name}: overrides must be a mapping")
    profile = deep_merge(base, overrides)
    return {"name": name, **profile}
