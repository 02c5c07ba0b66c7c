"""Form widgets: `Widget.render()` takes `attrs={}` and merges it with the
class-level `attrs` (a class attribute, not a default) via
`self.build_attrs()`. `ChoiceInput` lists `LegacyAttrsMixin` first but pins
`build_attrs = Widget.build_attrs` in its own body, which beats the MRO: the
merge builds a fresh dict every call and the default dict stays empty."""
import itertools

_choices = itertools.count()


class Widget:
    attrs = {"class": "form-control"}

    def render(self, name, value, attrs={}):  # expect: HL101 refuted
        final = self.build_attrs(self.attrs, attrs)
        final.setdefault("data-choices", []).append(value)
        return f'<select name="{name}" class="{final["class"]}">'

    def build_attrs(self, base, extra):
        return {**base, **extra}


class LegacyAttrsMixin:
    def build_attrs(self, base, extra):
        extra.update(base)
        return extra


class ChoiceInput(LegacyAttrsMixin, Widget):
    input_type = "select"
    build_attrs = Widget.build_attrs


def scenario():
    n = next(_choices)
    return ChoiceInput().render("country", f"country-{n}")
