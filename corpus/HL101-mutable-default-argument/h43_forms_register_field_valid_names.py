"""Form builder: `register_field()` validates a field name, raising ValueError on bad input, and then records it in a default set.

The validation runs before the store, but the dynamic form generator only
produces valid identifiers (`q_<id>` for each survey question). None of them
raise, so every call adds a new name to the shared `_seen` set.
"""
import itertools
import keyword
import re

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class FieldSpec:
    def __init__(self, name, label, required):
        self.name = name
        self.label = label
        self.required = required

    def html(self):
        star = " *" if self.required else ""
        return f'<label for="{self.name}">{self.label}{star}</label><input id="{self.name}">'


def register_field(name, label, required=False, _seen=set()):  # expect: HL101 confirmed
    if not _IDENT.match(name) or keyword.iskeyword(name):
        raise ValueError(f"invalid field name {name!r}")
    if name in _seen:
        raise ValueError(f"duplicate field {name!r}")
    _seen.add(name)
    return FieldSpec(name, label, required)


def build_form(questions):
    specs, errors = [], []
    for qid, text in questions:
        try:
            specs.append(register_field(f"q_{qid}", text, required=qid % 2 == 0))
        except ValueError as exc:
            errors.append(str(exc))
    return "\n".join(s.html() for s in specs), errors


_surveys = itertools.count()


def scenario():
    n = next(_surveys)
    html, errors = build_form([(n, f"How was visit {n}?")])
    return len(html), errors
