"""Form widgets: `Widget.render()` takes `attrs={}` and merges it with the
class-level `attrs` (a class attribute, not a default) via
`self.build_attrs()`. `LegacyAttrsMixin.build_attrs()` merges into the `extra`
dict it is given and returns it; `ChoiceInput` lists the mixin first, so each
rendered choice is appended to a list inside the default dict."""
import itertools

_choices = itertools.count()


class Widget:
    attrs = {"class": "form-control"}

    def render(self, name, value, attrs={}):  # expect: HL101 confirmed
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


def scenario():
    n = next(_choices)
    return ChoiceInput().render("country", f"country-{n}")
