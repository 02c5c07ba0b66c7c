"""Widget: base of every widget; keeps its id and its options dict.

__init__ stores the dict it is given (no copy) and fills in a theme.
"""


class Widget:
    def __init__(self, wid, options):
        self.wid = wid
        self.options = options
        self.options.setdefault("theme", "light")

    def css_class(self):
        return f"widget {self.options['theme']}"
