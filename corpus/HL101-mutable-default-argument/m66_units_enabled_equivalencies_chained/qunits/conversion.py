"""The single entry point every unit-aware class converts through."""


def convert(value, src, dst, equivalencies=[]):  # expect: HL101 refuted
    return src.converter_to(dst, equivalencies)(value)
