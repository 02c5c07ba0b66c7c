from . import ServiceClient
from .retry import RetryMixin, TransientError


class BillingClient(RetryMixin, ServiceClient):
    def __init__(self, account_id, **kwargs):
        kwargs.setdefault("base_url", "https://billing.internal/api/v2")
        kwargs.setdefault("attempt_log", [])
        super().__init__(**kwargs)
        self.account_id = account_id
        self._warm = False

    def _post_charge(self, amount_cents):
        if not self._warm:
            self._warm = True
            raise TransientError(f"gateway timeout charging {self.account_id}")
        payload = {"amount": amount_cents, "currency": "EUR"}
        return self.request("POST", f"/accounts/{self.account_id}/charges", payload)

    def charge(self, amount_cents):
        if amount_cents <= 0:
            raise ValueError("amount must be positive")
        return self.call_with_retry(self._post_charge, amount_cents)
