"""Application entry points."""
import m130_shop_services as services
import m130_shop_storage  # noqa: F401  registers the till listener


def checkout(order_id, basket):
    items = [(sku, qty) for sku, qty in basket.items()]
    return services.place_order(order_id, items)
