class Section:
    """A config section; unknown keys read as None and are noted for the config report."""

    def __init__(self, **values):
        self.__dict__["_values"] = dict(values)

    def __getattr__(self, name, _fallbacks={}):  # expect: HL101 confirmed
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return self._values[name]
        except KeyError:
            _fallbacks[name] = type(self).__name__
            return None

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")
