from . import ServiceClient
from .retry import RetryMixin, TransientError


class ShippingClient(RetryMixin, ServiceClient):
    def __init__(self, region, **kwargs):
        kwargs.setdefault("base_url", f"https://{region}.shipping.internal")
        super().__init__(**kwargs)
        self.region = region

    def _create(self, order_ref, weight_grams):
        if self.calls == 0 or weight_grams % 7 == 0:
            self.calls += 1
            raise TransientError(f"503 from {self.base_url} for {order_ref}")
        return self.request("POST", "/labels", {"ref": order_ref, "grams": weight_grams})

    def create_label(self, order_ref, weight_grams):
        response = self.call_with_retry(self._create, order_ref, weight_grams)
        return response["url"] + "#" + order_ref
