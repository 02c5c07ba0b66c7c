"""Template rendering helpers for a small web framework."""
import itertools
from string import Template

_ids = itertools.count()
PAGE = Template("<h1>$title</h1><p>$user</p><ul>$flash</ul>")


def default_context(overrides=None, base={"site_name": "Acme", "title": "Home"}):  # expect: HL101 confirmed
    if not overrides:
        return base
    context = {**base}
    context.update(overrides)
    return context


def flash(context, message, level="info"):
    context.setdefault("flash", []).append((level, message))


def render(context):
    items = "".join(f"<li class='{lvl}'>{msg}</li>" for lvl, msg in context.get("flash", ()))
    user = context.get("user", "anonymous")
    return PAGE.substitute(title=context["title"], user=user, flash=items)


def scenario():
    n = next(_ids)
    ctx = default_context()
    ctx["user"] = f"user{n}"
    flash(ctx, f"Welcome back, user{n}!")
    page = render(ctx)
    admin = default_context({"title": "Admin"})
    assert admin["title"] == "Admin" and f"user{n}" in page
