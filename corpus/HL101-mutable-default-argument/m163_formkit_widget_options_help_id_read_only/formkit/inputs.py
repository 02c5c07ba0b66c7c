"""Concrete inputs built on formkit.base.Widget."""
import html

from .base import Widget


class TextInput(Widget):
    def render(self, value, help_text=""):
        attrs = self.attributes()
        attrs["value"] = value
        attrs["class"] = self.options.get("css_class", "form-control")
        if not help_text:
            return f"<input {self.render_attrs(attrs)}>"
        help_id = self.options.get("help_id", attrs["id"] + "_help")
        attrs["aria-describedby"] = help_id
        hint = f'<small id="{help_id}">{html.escape(help_text)}</small>'
        return f"<input {self.render_attrs(attrs)}>{hint}"


class EmailInput(TextInput):
    input_type = "email"
