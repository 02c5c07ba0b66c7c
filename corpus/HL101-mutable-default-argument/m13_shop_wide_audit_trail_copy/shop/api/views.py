from ..models import Cart
from ..services import orders
from .serializers import order_response


def checkout(request, trail=[]):  # expect: HL101 refuted
    cart = Cart(request["user"], request["items"], request["region"])
    total = orders.place(cart, trail=trail)
    return order_response(cart, total, trail)
