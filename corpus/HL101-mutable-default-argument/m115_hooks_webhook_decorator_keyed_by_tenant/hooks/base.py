"""Handler: base for webhook handlers; subclasses set event and tenant."""


class Handler:
    event = None
    tenant = None

    def __init__(self, payload):
        self.payload = payload

    def handle(self):
        fields = ",".join(f"{k}={v}" for k, v in sorted(self.payload.items()))
        return f"{self.tenant}/{self.event}: {fields}"
