"""render(): fill a template with order fields."""
from .context import RenderContext


def render(source, values, ctx=RenderContext()):  # expect: HL101 refuted
    fields = dict(values)
    if "total" in fields:
        fields["total"] = ctx.money(fields["total"])
    return ctx.template(source).safe_substitute(fields)
