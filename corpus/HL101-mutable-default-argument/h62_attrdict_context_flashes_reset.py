"""View helpers: template contexts are attribute-style dicts filled in before rendering."""
import itertools
import string


class AttrDict(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __setattr__(self, key, value):
        self[key] = value


PAGE = string.Template("<h1>$title</h1><p>$greeting</p><ul>$flashes</ul>")


def build_context(user, title, ctx=AttrDict()):  # expect: HL101 refuted
    ctx.title = title
    ctx.user = user
    ctx.greeting = f"Welcome back, {user}"
    ctx.flashes = []
    return ctx


def render(user, title, messages):
    ctx = build_context(user, title)
    for message in messages:
        ctx.flashes.append(message)
    items = "".join(f"<li>{m}</li>" for m in ctx.flashes)
    return PAGE.substitute(title=ctx.title, greeting=ctx.greeting, flashes=items)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return render(f"user{n}", "Dashboard", [f"Order #{n} shipped", f"{n % 7} new messages"])
