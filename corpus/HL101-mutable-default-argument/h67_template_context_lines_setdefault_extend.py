"""Order confirmation e-mails rendered with string.Template; line items are formatted into one placeholder."""
import itertools
import string

BODY = string.Template("Hi $name,\n\nYou ordered:\n$items\n\nTotal: $total\n-- $shop")


def render_confirmation(order, context={"shop": "Corner Books", "currency": "EUR"}):  # expect: HL101 confirmed
    context["name"] = order["customer"]
    context.setdefault("lines", []).extend(order["lines"])
    context["items"] = "\n".join(f"  {title}: {price:.2f}" for title, price in context["lines"])
    total = sum(price for _, price in context["lines"])
    context["total"] = f"{total:.2f} {context['currency']}"
    return BODY.substitute(context)


def checkout(order_id, cart):
    order = {"id": order_id, "customer": f"reader{order_id}", "lines": sorted(cart.items())}
    return order_id, render_confirmation(order)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    cart = {f"Field Guide vol. {n}": 12.5 + n % 9, "Bookmark": 1.0}
    return checkout(n, cart)
