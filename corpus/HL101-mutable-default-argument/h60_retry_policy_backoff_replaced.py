"""HTTP client factory: each client gets a retry policy whose backoff schedule is extended per host."""
import dataclasses
import itertools
import logging
from dataclasses import dataclass, field

log = logging.getLogger("client")


@dataclass
class RetryPolicy:
    attempts: int = 3
    backoff: list = field(default_factory=list)
    hosts: list = field(default_factory=list)


@dataclass
class Client:
    base_url: str
    policy: RetryPolicy


def build_client(base_url, delay, policy=RetryPolicy()):  # expect: HL101 refuted
    policy = dataclasses.replace(
        policy,
        backoff=policy.backoff + [delay],
        hosts=policy.hosts + [base_url.split("//", 1)[-1]],
    )
    log.debug("client for %s with %d retries", base_url, policy.attempts)
    return Client(base_url, policy)


_hosts = itertools.count()


def scenario():
    n = next(_hosts)
    client = build_client(f"https://api{n}.example.org", 0.25 * (n % 4))
    return client.policy.attempts
