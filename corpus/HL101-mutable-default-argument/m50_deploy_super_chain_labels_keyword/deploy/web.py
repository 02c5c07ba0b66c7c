"""HTTP front ends of the web tier, optionally terminating TLS themselves."""
from deploy.service import Service


class HttpService(Service):
    def __init__(self, name, port=8080, *, tls=False, team="platform"):
        super().__init__(name, port, labels=["tier=web"], team=team)
        self.tls = tls

    def manifest(self):
        doc = super().manifest()
        doc["spec"]["ports"][0]["name"] = "https" if self.tls else "http"
        return doc
