"""Web views: `ContextMixin.render()` takes `extra_context={}` and lets
`self.add_messages(extra_context, request)`, defined only on the concrete
`OrderDetailView`, put the flash messages in. The view appends each new
message to `extra_context.setdefault("messages", [])`, so the list inside
the mixin's default dict grows with every request."""
import itertools
from string import Template

_requests = itertools.count()
PAGE = Template("<h1>Order $order</h1><ul>$items</ul>")


class ContextMixin:
    def render(self, request, extra_context={}):  # expect: HL101 confirmed
        self.add_messages(extra_context, request)
        items = "".join(f"<li>{m}</li>" for m in extra_context["messages"][-3:])
        return PAGE.substitute(order=request["order"], items=items)


class OrderDetailView(ContextMixin):
    def add_messages(self, extra_context, request):
        message = f"Order {request['order']} was updated by {request['user']}"
        extra_context.setdefault("messages", []).append(message)


def scenario():
    n = next(_requests)
    request = {"order": f"SO-{n:07d}", "user": f"clerk{n % 9}"}
    return len(OrderDetailView().render(request))
