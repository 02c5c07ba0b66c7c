class Settings:
    def __init__(self, locale="en", features=()):
        self.locale = locale
        self.features = set(features)

    def for_user(self, user):
        locale = user.get("locale") or self.locale
        if locale == self.locale:
            return self
        return Settings(locale, self.features)
