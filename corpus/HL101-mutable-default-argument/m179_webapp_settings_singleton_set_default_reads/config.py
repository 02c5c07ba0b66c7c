"""Application settings: loaded once at import, shared by every request."""


class Settings:
    DEFAULTS = {"page_size": 25, "theme": "light", "locale": "en"}

    def __init__(self, **values):
        self.values = dict(self.DEFAULTS, **values)

    def get(self, key, default=None):
        return self.values.get(key, default)

    def set_default(self, key, value, overrides={}):  # expect: HL101 refuted
        """Fallback for `key` when the settings do not define it; returns the effective value."""
        value = overrides.get(key, value)
        return self.values.get(key, value)


settings = Settings(locale="de")
