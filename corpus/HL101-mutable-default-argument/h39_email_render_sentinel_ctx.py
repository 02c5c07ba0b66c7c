"""Mail templates: two renderers share the _NO_CTX default; one swaps it for a fresh dict by identity before filling it, the other only reads it from a re.sub callback."""
import itertools
import re

_NO_CTX = {}
_FIELD = re.compile(r"\{(\w+)\}")


def render_body(template, ctx=_NO_CTX):  # expect: HL101 refuted
    if ctx is _NO_CTX:
        ctx = {}
    ctx.setdefault("signature", "-- The Team")

    def fill(m):
        return str(ctx.setdefault(m.group(1), f"<{m.group(1)}>"))

    return _FIELD.sub(fill, template) + "\n" + ctx["signature"]


def render_subject(template, ctx=_NO_CTX):  # expect: HL101 refuted
    return _FIELD.sub(lambda m: str(ctx.get(m.group(1), "")), template)


_mails = itertools.count()


def scenario():
    n = next(_mails)
    body = render_body("Hello {name}, order {order_%d} shipped." % n)
    subject = render_subject(f"Order {n} {{status_{n}}}")
    return subject, body
