"""Server-side templates: `base_context` builds the dict every page gets,
with the flash messages list taken from its default. `checkout_view` adds
its confirmation to ctx["messages"] in place, which is the default list."""
import itertools

_orders = itertools.count(1000)


def base_context(request, messages=[]):  # expect: HL101 confirmed
    return {"path": request["path"], "user": request.get("user"), "messages": messages}


def render(template, ctx):
    body = "\n".join("<p class=flash>%s</p>" % m for m in ctx["messages"][-3:])
    return "<!-- %s %s -->\n%s" % (template, ctx["path"], body)


def checkout_view(request, order_id):
    ctx = base_context(request)
    ctx["messages"].append("Order #%d placed, thank you %s" % (order_id, ctx["user"]))
    ctx["title"] = "Order %d" % order_id
    return render("checkout/done.html", ctx)


def scenario():
    n = next(_orders)
    request = {"path": "/checkout/%d/done" % n, "user": "guest%d" % n}
    return checkout_view(request, n)
