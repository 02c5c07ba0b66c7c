"""Renderer options: attributes not passed explicitly fall back through
__getattr__ to a module-level DEFAULTS mapping. The renderer memoises output
per template name in a default dict when self.cache_templates is true; the
fallback says True, so each new template name adds an entry that stays."""
import itertools

DEFAULTS = {"cache_templates": True, "escape": "html"}


class RenderOptions:
    def __init__(self, **given):
        self.__dict__.update(given)

    def __getattr__(self, name):
        try:
            return DEFAULTS[name]
        except KeyError:
            raise AttributeError(name) from None


def render(name, context, options, _compiled={}):  # expect: HL101 confirmed
    if options.cache_templates and name in _compiled:
        return _compiled[name].format(**context)
    template = "<h1>{title}</h1><p>%s</p>" % name
    if options.cache_templates:
        _compiled[name] = template
    return template.format(**context)


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return render("page_%d.html" % n, {"title": "Page %d" % n}, RenderOptions(escape="none"))
