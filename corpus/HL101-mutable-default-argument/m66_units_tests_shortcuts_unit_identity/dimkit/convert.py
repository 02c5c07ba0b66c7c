"""Public conversion API."""
from .converter import Converter
from .units import parse


def convert_to(value, src, dst, equivalencies=[]):  # expect: HL101 confirmed
    return Converter(parse(src), parse(dst), equivalencies).apply(value)
