"""Field name -> formatter table; unknown fields are resolved by suffix."""


class FormatterRegistry(dict):
    def __init__(self, suffixes=(), fallback=str, **exact):
        super().__init__(**exact)
        self.suffixes = tuple(suffixes)
        self.fallback = fallback

    def resolve(self, field):
        for suffix, formatter in self.suffixes:
            if field.endswith(suffix):
                return formatter
        return self.fallback

    def __missing__(self, field):
        formatter = self[field] = self.resolve(field)
        return formatter

    def describe(self):
        names = ", ".join(sorted(self))
        return f"{type(self).__name__}({names}; fallback={self.fallback.__name__})"
