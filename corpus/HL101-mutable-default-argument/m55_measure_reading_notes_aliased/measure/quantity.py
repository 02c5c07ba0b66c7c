from .units import factor


class Quantity:
    def __init__(self, value, unit, notes=[]):  # expect: HL101 confirmed
        self.value = value
        self.unit = unit
        self.notes = notes

    def annotate(self, text):
        self.notes.append(text)

    def to(self, unit):
        return Quantity(self.value * factor(self.unit, unit), unit, self.notes)

    def __format__(self, spec):
        return f"{format(self.value, spec)} {self.unit}"

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"
