"""Settings: attributes given at load time, list-valued ones filled in lazily
on first access from a copy of the fallback and kept on the instance."""


class Settings:
    def __init__(self, **values):
        self.__dict__.update(values)

    def __getattr__(self, name, _fallbacks={"MIDDLEWARE": [], "INSTALLED_APPS": []}):  # expect: HL101 refuted
        if name not in _fallbacks:
            raise AttributeError(name)
        value = list(_fallbacks[name])
        setattr(self, name, value)
        return value
