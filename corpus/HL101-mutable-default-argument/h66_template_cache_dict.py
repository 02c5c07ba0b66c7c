"""Notification renderer: campaign templates are compiled once per source text and reused by the renderer."""
import itertools
import string
import weakref


class CompiledTemplate:
    def __init__(self, source):
        self.source = source
        self.template = string.Template(source)
        self.fields = sorted(
            m.group("named") or m.group("braced")
            for m in self.template.pattern.finditer(source)
            if m.group("named") or m.group("braced")
        )

    def render(self, **values):
        missing = [f for f in self.fields if f not in values]
        return self.template.safe_substitute(values), missing


def compile_template(source, _compiled={}):  # expect: HL101 confirmed
    tpl = _compiled.get(source)
    if tpl is None:
        tpl = _compiled[source] = CompiledTemplate(source)
    return tpl


_campaigns = itertools.count()


def scenario():
    n = next(_campaigns)
    tpl = compile_template(f"Hi $name, campaign #{n} ends ${{date}}. Code: ${{code}}")
    text, missing = tpl.render(name=f"user{n}", date="2024-06-30")
    return len(text), missing
