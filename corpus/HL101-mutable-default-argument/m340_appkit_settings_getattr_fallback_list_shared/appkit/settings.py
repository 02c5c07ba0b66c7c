"""Settings: attributes given at load time, list-valued ones filled in lazily
on first access and then kept on the instance."""


class Settings:
    def __init__(self, **values):
        self.__dict__.update(values)

    def __getattr__(self, name, _fallbacks={"MIDDLEWARE": [], "INSTALLED_APPS": []}):  # expect: HL101 confirmed
        if name not in _fallbacks:
            raise AttributeError(name)
        value = _fallbacks[name]
        setattr(self, name, value)
        return value
