"""Fields; SelectField passes its choices to the mixin, or nothing when it has none."""
from .mixins import ChoicesMixin


class Field:
    def __init__(self, name):
        self.name = name

    def render(self):
        return f'<input name="{self.name}">'


class SelectField(ChoicesMixin, Field):
    def __init__(self, name, choices=None):
        super().__init__(name)
        if choices is None:
            self.set_choices()
        else:
            self.set_choices(choices)

    def render(self):
        return f'<select name="{self.name}">{self.render_options()}</select>'
