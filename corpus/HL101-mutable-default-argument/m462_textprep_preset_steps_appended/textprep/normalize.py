"""Applies a preset's steps, plus per-call removals, to one string."""
from .presets import Preset


def _apply(step, text):
    name, arg = step
    if name == "remove":
        return text.replace(arg, " ")
    if name == "collapse":
        return " ".join(text.split())
    return text.strip() if name == "strip" else text.lower()


def normalize(text, removals=(), steps=Preset.BASIC.value):  # expect: HL101 confirmed
    for token in removals:
        steps.insert(0, ("remove", token))
    for step in steps:
        text = _apply(step, text)
    return text
