from .catalog import load_catalog


class Translator:
    """Per-request translator; subclasses may swap the catalog loader."""

    loader = staticmethod(load_catalog)
    domain = "messages"

    def __init__(self, locale):
        self.locale = locale
        self.catalog = self.loader(locale, self.domain)

    def gettext(self, msgid, **params):
        text = self.catalog.get(msgid)
        return text % params if params else text

    def ngettext(self, singular, plural, n, **params):
        return self.gettext(singular if n == 1 else plural, n=n, **params)
