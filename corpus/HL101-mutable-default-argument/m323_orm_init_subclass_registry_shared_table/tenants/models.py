"""Per-tenant models: a class per tenant, all mapped onto the shared `orders` table."""
from orm import Model


def order_model(tenant):
    namespace = {"__fields__": ("sku", "qty", "tenant"), "__module__": __name__}
    return type(f"Order_{tenant}", (Model,), namespace, table="orders")
