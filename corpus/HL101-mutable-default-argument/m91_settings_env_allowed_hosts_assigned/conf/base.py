"""Base settings: project defaults, plus per-environment overrides."""

DEFAULTS = {
    "DEBUG": False,
    "ALLOWED_HOSTS": ["localhost"],
    "CACHE_TIMEOUT": 300,
    "SITE_NAME": "Shop",
}


class Settings:
    def __init__(self, overrides={}):  # expect: HL101 refuted
        self.overrides = overrides

    def __getattr__(self, name):
        if not name.isupper():
            raise AttributeError(name)
        return self.overrides.get(name, DEFAULTS.get(name))

    def as_dict(self):
        return {**DEFAULTS, **self.overrides}
