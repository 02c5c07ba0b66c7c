"""Widget base: a named form control carrying HTML attribute options."""
import html


class Widget:
    input_type = "text"

    def __init__(self, name, options={}):  # expect: HL101 refuted
        self.name = name
        self.options = options

    def attributes(self):
        return {"type": self.input_type, "name": self.name, "id": f"id_{self.name}"}

    @staticmethod
    def render_attrs(attrs):
        pairs = sorted(attrs.items())
        return " ".join(f'{key}="{html.escape(str(value))}"' for key, value in pairs)

    def render(self, value, help_text=""):
        raise NotImplementedError
