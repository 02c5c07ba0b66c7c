import copy


def _coerce(raw):
    if isinstance(raw, str):
        lowered = raw.strip().lower()
        if lowered in ("true", "yes", "on", "1"):
            return True
        if lowered in ("false", "no", "off", "0"):
            return False
        if lowered.isdigit():
            return int(lowered)
    return raw


def load_settings(overrides, defaults={"DEBUG": False, "TIME_ZONE": "UTC",  # expect: HL101 refuted
                                       "LOGGING": {"version": 1, "loggers": {}}}):
    settings = copy.deepcopy(defaults)
    for key, value in overrides.items():
        if not key.isupper() or key.startswith("_"):
            continue
        current = settings.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            merged = dict(current)
            merged.update(value)
            settings[key] = merged
        else:
            settings[key] = _coerce(value)
    return settings
