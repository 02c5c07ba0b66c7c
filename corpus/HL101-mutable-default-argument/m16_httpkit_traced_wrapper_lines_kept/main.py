"""Order sync worker: each job fetches one order from the API."""
import itertools

from httpkit import Client
from httpkit.transport import loopback

client = Client("https://api.example.test", loopback)
_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    status, body = client.get(f"/orders/{n}", headers={"X-Request-Id": f"job-{n}"})
    return status, len(body)
