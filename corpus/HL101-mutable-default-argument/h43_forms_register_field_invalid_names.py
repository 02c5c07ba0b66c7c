"""Form builder: `register_field()` validates a field name, raising ValueError on bad input, and then records it in a default set.

Here the caller is a linter for imported legacy forms whose column headers are
free text ("Visit #12 rating"). Those headers are never valid identifiers, so
`register_field()` raises before the `_seen.add()` on every call and the
default set stays empty; the caller only collects the error messages locally.
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


def register_field(name, label, required=False, _seen=set()):  # expect: HL101 refuted
    if not _IDENT.match(name) or keyword.iskeyword(name):
        raise ValueError(f"invalid field name {name!r}")
    if name in _seen:
        raise ValueError(f"duplicate field {name!r}")
    _seen.add(name)
    return FieldSpec(name, label, required)


def lint_legacy_form(headers):
    """Report which legacy column headers cannot become form fields as they are."""
    problems = []
    for header in headers:
        try:
            register_field(header, header)
        except ValueError as exc:
            problems.append(str(exc))
    return problems


_imports = itertools.count()


def scenario():
    n = next(_imports)
    headers = [f"Visit #{n} rating", f"{n} comments", "class"]
    return len(lint_legacy_form(headers))
