"""Plugin base: a page plugin reads its settings from an options dict.

TableOfContents leaves options out of super().__init__ and so gets the shared
default dict, but the base class and every plugin only read options: the
default stays empty however many pages are rendered.
"""

__all__ = ["Plugin"]


class Plugin:
    def __init__(self, page, options={}):  # expect: HL101 refuted
        self.page = page
        self.options = options

    def option(self, key, fallback=None):
        return self.options.get(key, fallback)

    def apply(self, lines):
        return lines
