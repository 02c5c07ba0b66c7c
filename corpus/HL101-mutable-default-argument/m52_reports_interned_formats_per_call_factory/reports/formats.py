"""Number formats for report cells."""
import valuekit as vk


class Format(vk.Value):
    suffix = ""

    def __init__(self, precision):
        self.precision = precision

    def render(self, number):
        return f"{number:,.{self.precision}f}{self.suffix}"


class Money(Format):
    suffix = " EUR"


class Percent(Format):
    suffix = " %"

    def render(self, number):
        return super().render(number * 100)


def unit_format(unit):
    class UnitFormat(Format):
        suffix = f" {unit}"

    return UnitFormat
