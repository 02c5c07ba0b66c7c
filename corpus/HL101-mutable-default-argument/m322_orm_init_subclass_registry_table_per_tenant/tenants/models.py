"""Per-tenant models: each tenant's rows live in a model class built for it."""
from orm import Model


def order_model(tenant):
    namespace = {"__fields__": ("sku", "qty", "tenant"), "__module__": __name__}
    return type(f"Order_{tenant}", (Model,), namespace, table=f"orders_{tenant}")
