"""Built-in messages of every supported locale."""
BUILTIN = {
    "en": {"nav.home": "Home", "nav.back": "Back", "footer": "Made with care"},
    "de": {"nav.home": "Startseite", "nav.back": "Zurück", "footer": "Mit Sorgfalt gemacht"},
}
FALLBACK = "en"


def builtin(locale):
    return BUILTIN.get(locale, BUILTIN[FALLBACK])
