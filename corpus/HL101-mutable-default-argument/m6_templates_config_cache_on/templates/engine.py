import html
import string

from . import settings

CACHE_TEMPLATES = settings.flag("TEMPLATE_CACHE")
AUTOESCAPE = settings.flag("TEMPLATE_AUTOESCAPE")


def compile_template(source, _compiled={}):  # expect: HL101 confirmed
    if source in _compiled:
        return _compiled[source]
    parts = list(string.Formatter().parse(source))
    if CACHE_TEMPLATES:
        _compiled[source] = parts
    return parts


def render(source, context):
    out = []
    for literal, field, _spec, _conv in compile_template(source):
        out.append(literal)
        if field is not None:
            value = str(context[field])
            out.append(html.escape(value) if AUTOESCAPE else value)
    return "".join(out)
