"""i18n helper: looks up a translation, falling back through a default table."""
import itertools


def translate(key, locale, fallbacks={"pt-BR": "pt", "en-GB": "en", "de-AT": "de"}):  # expect: HL101 refuted
    base = fallbacks.get(locale, locale)
    return f"[{base}] {key}"


_messages = itertools.count()


def scenario():
    n = next(_messages)
    translate(f"checkout.step.{n}", "pt-BR")
    translate(f"checkout.step.{n}", f"xx-{n}")
