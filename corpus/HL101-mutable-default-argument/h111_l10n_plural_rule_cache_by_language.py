"""Notification badges: each language's CLDR-style plural rule is compiled to
a function once and cached in a dict default keyed by the language; the count
only goes into the compiled rule and the formatted string."""
import itertools

_counts = itertools.count(2)
RULES = {
    "en": "n != 1",
    "fr": "n > 1",
    "pl": "0 if n == 1 else 1 if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 2",
    "ja": "0",
}
FORMS = {
    "en": ("{n} new message", "{n} new messages"),
    "fr": ("{n} nouveau message", "{n} nouveaux messages"),
    "pl": ("{n} nowa wiadomość", "{n} nowe wiadomości", "{n} nowych wiadomości"),
    "ja": ("{n} 件の新着メッセージ",),
}


def plural_index(lang, n, _rules={}):  # expect: HL101 refuted
    rule = _rules.get(lang)
    if rule is None:
        rule = _rules.setdefault(lang, eval(f"lambda n: int({RULES[lang]})", {}))
    return rule(n)


def badge(lang, n):
    forms = FORMS.get(lang) or FORMS["en"]
    return forms[min(plural_index(lang if lang in FORMS else "en", n), len(forms) - 1)].format(n=n)


def scenario():
    n = next(_counts)
    return [badge(lang, n) for lang in ("en", "fr", "pl", "ja", "pt")]
