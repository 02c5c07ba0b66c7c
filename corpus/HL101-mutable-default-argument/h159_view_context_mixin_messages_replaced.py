"""Web views: `ContextMixin.render()` takes `extra_context={}` and lets
`self.add_messages(extra_context, request)`, defined only on the concrete
`OrderDetailView`, put the flash messages in. The view assigns a fresh
one-item list to `extra_context["messages"]`, so the mixin's default dict is
written every request but always holds just the one key and the last list."""
import itertools
from string import Template

_requests = itertools.count()
PAGE = Template("<h1>Order $order</h1><ul>$items</ul>")


class ContextMixin:
    def render(self, request, extra_context={}):  # expect: HL101 refuted
        self.add_messages(extra_context, request)
        items = "".join(f"<li>{m}</li>" for m in extra_context["messages"][-3:])
        return PAGE.substitute(order=request["order"], items=items)


class OrderDetailView(ContextMixin):
    def add_messages(self, extra_context, request):
        message = f"Order {request['order']} was updated by {request['user']}"
        extra_context["messages"] = [message]


def scenario():
    n = next(_requests)
    request = {"order": f"SO-{n:07d}", "user": f"clerk{n % 9}"}
    return len(OrderDetailView().render(request))
