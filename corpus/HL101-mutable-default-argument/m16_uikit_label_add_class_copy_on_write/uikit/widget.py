"""Base widget: every widget keeps its configuration options on self."""


class Widget:
    tag = "div"

    def __init__(self, parent=None, options={}):  # expect: HL101 refuted
        self.parent = parent
        self.options = options

    def cget(self, key, fallback=None):
        return self.options.get(key, fallback)

    def attrs(self):
        pairs = sorted(self.options.items())
        return "".join(f' {key}="{value}"' for key, value in pairs if isinstance(value, str))

    def render(self, inner=""):
        return f"<{self.tag}{self.attrs()}>{inner}</{self.tag}>"
