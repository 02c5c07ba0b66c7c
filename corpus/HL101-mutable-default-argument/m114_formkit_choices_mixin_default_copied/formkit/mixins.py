"""ChoicesMixin: a field calls set_choices() from its own __init__; the mixin keeps a copy of the list given."""


class ChoicesMixin:
    def set_choices(self, choices=[]):  # expect: HL101 refuted
        self.choices = list(choices)

    def add_choice(self, value, label=None):
        self.choices.append((value, label or value.upper()))

    def render_options(self):
        return "".join(f'<option value="{v}">{t}</option>' for v, t in self.choices)
