"""Forms: fields render to HTML; element ids must stay unique within the rendered page."""
import itertools


class Field:
    def __init__(self, name):
        self.name = name
        self.id = f"id_{name}"

    def html(self, value, used_ids=set()):  # expect: HL101 confirmed
        if self.id in used_ids:
            raise ValueError(f"duplicate element id {self.id!r}")
        return self.render(value, used_ids)

    def render(self, value, used_ids):
        return f'<input id="{self.id}" name="{self.name}" value="{value}">'


class LabelledField(Field):
    def render(self, value, used_ids):
        used_ids.add(self.id)
        label = f'<label for="{self.id}">{self.name.replace("_", " ").title()}</label>'
        return label + super().render(value, used_ids)


_forms = itertools.count()


def scenario():
    n = next(_forms)
    return LabelledField(f"shipping_address_{n}").html(f"{n} Harbour Street")
