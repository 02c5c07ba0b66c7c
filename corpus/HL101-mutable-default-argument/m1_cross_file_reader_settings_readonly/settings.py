"""Settings with built-in defaults; the default dict is only read."""


def setting(key, overrides=None, defaults={"timeout": 30, "retries": 3, "user_agent": "acme/1.0"}):  # expect: HL101 refuted
    if overrides and key in overrides:
        return overrides[key]
    return defaults[key]
