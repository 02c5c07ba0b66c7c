"""Class decorator that makes a plugin available to the gateway under one or more names."""

PLUGINS = {}


def register(slug, *, aliases=[]):  # expect: HL101 refuted
    def decorate(cls):
        cls.slug = slug
        for name in (slug, *aliases):
            PLUGINS[name] = cls
        return cls

    return decorate
