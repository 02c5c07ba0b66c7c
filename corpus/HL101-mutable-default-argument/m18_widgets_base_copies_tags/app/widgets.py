"""Concrete widgets for the admin screens."""
import core
import core.extra


class Button(core.Widget):
    def __init__(self, tags=[]):  # expect: HL101 refuted
        super().__init__(tags)
        self.variant = "primary"

    def render(self):
        css = core.extra.css_class(self.label, self.variant)
        return f'<button class="{css}" data-group="{self.group_size()}">{self.label}</button>'
