"""Template renderer with a cache of compiled, translated templates."""
import itertools
import string

_ids = itertools.count()

TEMPLATES = {
    "greeting": "Hello $name, you have $count new messages",
    "receipt": "Order $order_id: total $total $currency. Thank you!",
}
TRANSLATIONS = {
    "de": {"Hello": "Hallo", "Thank you!": "Danke!"},
    "fr": {"Hello": "Bonjour", "Thank you!": "Merci !"},
}


def _compile(name, lang):
    source = TEMPLATES[name]
    for word, translated in TRANSLATIONS.get(lang, {}).items():
        source = source.replace(word, translated)
    return string.Template(source)


def render(name, context, _compiled={}):  # expect: HL101 refuted
    lang = context.get("lang", "en")
    key = (name, lang)
    template = _compiled.get(key)
    if template is None:
        if name not in TEMPLATES:
            raise KeyError("unknown template %r" % name)
        template = _compiled[key] = _compile(name, lang)
    return template.safe_substitute(context)


def scenario():
    n = next(_ids)
    lang = ("en", "de", "fr")[n % 3]
    render("greeting", {"name": "user%d" % n, "count": n % 7, "lang": lang})
    render("receipt", {"order_id": n, "total": "%d.50" % n, "currency": "EUR", "lang": lang})
