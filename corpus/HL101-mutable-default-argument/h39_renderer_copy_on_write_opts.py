"""Markdown renderer: options live on self; set_option() copies the shared default (identity check) before the first write."""
import itertools

_BASE_OPTS = {"indent": 2, "smart_quotes": True}


class Renderer:
    def __init__(self, opts=_BASE_OPTS):  # expect: HL101 refuted
        self._opts = opts

    def set_option(self, key, value):
        if self._opts is _BASE_OPTS:
            self._opts = dict(_BASE_OPTS)
        self._opts[key] = value
        return self

    def render(self, text):
        pad = " " * self._opts["indent"]
        return "\n".join(pad + line for line in text.splitlines())


_docs = itertools.count()


def scenario():
    n = next(_docs)
    r = Renderer()
    if n % 3 == 0:
        r.set_option(f"anchor_{n}", True)
    return r.render(f"# Title {n}\nbody")
