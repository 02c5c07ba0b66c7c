"""Template compiler: compiled templates are memoised under options["compiled"]
unless the caller switches caching off; caching is on when not mentioned."""
import itertools

_pages = itertools.count()


def compile_template(source, options={}):  # expect: HL101 confirmed
    compiled = None
    if options.get("cache", True):
        compiled = options.setdefault("compiled", {})
        if source in compiled:
            return compiled[source]
    parts = tuple(chunk.strip() for chunk in source.split("{{"))
    if compiled is not None:
        compiled[source] = parts
    return parts


def scenario():
    n = next(_pages)
    return compile_template(f"<h1>{{{{ title }}}}</h1><p>page {n} of {{{{ total }}}}</p>")
