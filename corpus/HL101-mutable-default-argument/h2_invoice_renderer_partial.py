"""Template rendering: a module-level partial keeps the render cache default in play."""
import functools
import itertools


def render(template, context, cache={}):  # expect: HL101 confirmed
    key = (template, tuple(sorted(context.items())))
    if key not in cache:
        text = template
        for name, value in context.items():
            text = text.replace("{" + name + "}", str(value))
        cache[key] = text
    return cache[key]


render_invoice = functools.partial(render, "Invoice {number} for {customer}: {total} EUR")


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    render_invoice({"number": n, "customer": f"c{n % 70}", "total": n * 3})
