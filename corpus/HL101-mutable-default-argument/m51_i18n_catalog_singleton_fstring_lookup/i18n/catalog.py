class Catalog:
    """Looks messages up and remembers the ones nobody has translated yet."""

    def __init__(self, translations, missing=set()):  # expect: HL101 confirmed
        self.translations = translations
        self.missing = missing

    def gettext(self, message):
        try:
            return self.translations[message]
        except KeyError:
            self.missing.add(message)
            return message

    def untranslated(self):
        return sorted(self.missing)
