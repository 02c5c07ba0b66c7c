"""Form widgets in the style of a web framework: a widget keeps the attrs
dict it was built with and fills in attributes lazily when it renders. Only
the attribute names the framework knows about are filled in, so the attrs
dict every default-built widget shares holds at most those few keys."""
import itertools

_ids = itertools.count()
_KNOWN = ("autocomplete", "required", "spellcheck")


class TextInput:
    input_type = "text"

    def __init__(self, attrs={}):  # expect: HL101 refuted
        self.attrs = attrs

    def add_data(self, field_name, extra):
        for key in _KNOWN:
            if key in extra:
                self.attrs.setdefault(key, extra[key])

    def render(self, name, value):
        parts = " ".join(f'{k}="{v}"' for k, v in sorted(self.attrs.items()))
        return f'<input type="{self.input_type}" name="{name}" value="{value}" {parts}>'


def bound_field(name, value):
    widget = TextInput()
    widget.add_data(name, {"required": "required", "hint": f"Enter {name}"})
    return widget.render(name, value)


def scenario():
    n = next(_ids)
    return bound_field(f"answer_{n}", f"value {n}")
