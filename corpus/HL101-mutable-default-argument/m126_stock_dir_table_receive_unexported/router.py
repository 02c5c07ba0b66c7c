"""Router: the action table is built once, at import, from the stock package's names."""
import stock

ROUTES = {name[3:]: getattr(stock, name) for name in dir(stock) if name.startswith("on_")}


def _unrouted(sku, qty):
    return None


def route(action, sku, qty):
    return ROUTES.get(action, _unrouted)(sku, qty)
