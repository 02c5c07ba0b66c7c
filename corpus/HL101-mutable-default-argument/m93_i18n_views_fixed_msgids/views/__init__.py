"""URL table of the storefront."""
from . import account, orders

ROUTES = {"/orders/shipped": orders.shipped, "/account/welcome": account.welcome}
