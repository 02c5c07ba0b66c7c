"""Render context: a compiled-template cache plus money formatting."""
import string


class RenderContext:
    def __init__(self, currency="EUR"):
        self.currency = currency
        self._compiled = {}

    def template(self, source):
        """Compile `source` once and reuse it for later renders."""
        compiled = self._compiled.get(source)
        if compiled is None:
            compiled = self._compiled[source] = string.Template(source)
        return compiled

    def money(self, amount):
        return f"{amount:,.2f} {self.currency}"

    def cache_size(self):
        return len(self._compiled)
