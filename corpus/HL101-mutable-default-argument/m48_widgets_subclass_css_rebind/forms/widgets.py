"""Base widget; subclasses pick their CSS classes in the class statement."""
from html import escape


class Widget:
    input_type = "text"
    css_classes = ["form-control"]

    def __init_subclass__(cls, css=["form-control"], **kwargs):  # expect: HL101 refuted
        super().__init_subclass__(**kwargs)
        cls.css_classes = css

    def __init__(self, name, *, required=False):
        self.name = name
        self.required = required

    def render(self, value=""):
        attrs = f'type="{self.input_type}" name="{escape(self.name)}" class="{" ".join(self.css_classes)}"'
        if self.required:
            attrs += " required"
        return f'<input {attrs} value="{escape(str(value))}">'
