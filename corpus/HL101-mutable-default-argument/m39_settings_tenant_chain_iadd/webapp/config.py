class Settings:
    """Process-wide settings; names are case-insensitive."""

    def __init__(self, **values):
        self._values = {name.upper(): value for name, value in values.items()}

    def get(self, name, fallback=None):
        return self._values.get(name.upper(), fallback)

    def get_list(self, name, fallback=[]):  # expect: HL101 confirmed
        value = self._values.get(name.upper(), fallback)
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    def set(self, name, value):
        self._values[name.upper()] = value


settings = Settings(
    debug=False,
    middleware="session, csrf",
    middleware_acme="session, csrf, sso",
)
