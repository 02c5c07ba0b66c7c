"""Retry helper with failover: each tenant has one endpoint per region and
calls go to the endpoint with the fewest recorded strikes. Strikes are
counted per endpoint URL, and the URLs embed the tenant, so each new tenant
adds keys to the strike table shared through the default."""
import itertools

_tenants = itertools.count()
REGIONS = ("eu-west-1", "us-east-1", "ap-south-1")


class Failover:
    def __init__(self, endpoints, strikes={}):  # expect: HL101 confirmed
        self.endpoints = endpoints
        self.strikes = strikes

    @property
    def best(self):
        return min(self.endpoints, key=lambda url: (self.strikes.get(url, 0), url))

    def call(self, send):
        for _ in self.endpoints:
            url = self.best
            try:
                return send(url)
            except ConnectionError:
                self.strikes[url] = self.strikes.get(url, 0) + 1
        raise ConnectionError("all endpoints down")


def send(url):
    if "ap-south-1" in url:
        raise ConnectionError(url)
    return {"url": url, "status": 200}


def scenario():
    tenant = f"t{next(_tenants):05d}"
    return Failover([f"https://{tenant}.{r}.api.example.com/v1" for r in REGIONS]).call(send)
