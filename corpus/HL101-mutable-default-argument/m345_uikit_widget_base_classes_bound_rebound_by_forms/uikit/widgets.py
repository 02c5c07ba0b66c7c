"""Base widget: CSS classes and event handlers start from the base style."""


class Widget:
    tag = "div"

    def __init__(self, text, _base={"classes": ["ui"], "handlers": []}):  # expect: HL101 refuted
        self.text = text
        self.classes = _base["classes"]
        self.handlers = _base["handlers"]

    def render(self):
        cls = " ".join(self.classes)
        return f'<{self.tag} class="{cls}">{self.text}</{self.tag}>'
