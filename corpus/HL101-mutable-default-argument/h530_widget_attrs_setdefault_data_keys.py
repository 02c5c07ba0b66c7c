"""Form widgets in the style of a web framework: a widget keeps the attrs
dict it was built with and fills in attributes lazily when it renders. Each
bound field adds data-* attributes named after its own field, and those
names go into the attrs dict every default-built widget shares."""
import itertools

_ids = itertools.count()


class TextInput:
    input_type = "text"

    def __init__(self, attrs={}):  # expect: HL101 confirmed
        self.attrs = attrs

    def add_data(self, field_name, extra):
        for key, value in extra.items():
            self.attrs.setdefault(f"data-{field_name}-{key}", value)

    def render(self, name, value):
        parts = " ".join(f'{k}="{v}"' for k, v in sorted(self.attrs.items()))
        return f'<input type="{self.input_type}" name="{name}" value="{value}" {parts}>'


def bound_field(name, value):
    widget = TextInput()
    widget.add_data(name, {"validate": "required", "hint": f"Enter {name}"})
    return widget.render(name, value)


def scenario():
    n = next(_ids)
    return bound_field(f"answer_{n}", f"value {n}")
