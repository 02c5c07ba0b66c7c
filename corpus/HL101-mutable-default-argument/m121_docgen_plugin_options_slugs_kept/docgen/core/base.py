"""Plugin base: a page plugin reads its settings from an options dict.

TableOfContents leaves options out of super().__init__ and so gets the shared
default dict, then keeps its used anchors in it under "slugs": the set is
never reset, so every page's anchors stay in the default.
"""

__all__ = ["Plugin"]


class Plugin:
    def __init__(self, page, options={}):  # expect: HL101 confirmed
        self.page = page
        self.options = options

    def option(self, key, fallback=None):
        return self.options.get(key, fallback)

    def apply(self, lines):
        return lines
