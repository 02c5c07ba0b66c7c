"""Backend client: keeps only the last few submitted payloads."""


class OrdersClient:
    def __init__(self, keep=10):
        self.keep = keep
        self.sent = []

    async def submit(self, action, payload, headers=None):
        headers = dict(headers or {}, Accept="application/json")
        self.sent.append((action, payload, headers))
        del self.sent[:-self.keep]
        return {"status": 202, "action": action}
