"""Status monitor: an async poll round measures every host and collects
(host, latency) samples in a list default before reporting the slowest
one. Each check is driven by asyncio.run, and the samples of every round
pile up in the shared list."""
import asyncio
import itertools

_rounds = itertools.count()


async def measure(host):
    return round(len(host) * 1.7, 2)


async def poll(hosts, samples=[]):  # expect: HL101 confirmed
    for host in hosts:
        samples.append((host, await measure(host)))
    return max(latency for _, latency in samples)


def check(hosts):
    return asyncio.run(poll(hosts))


def scenario():
    n = next(_rounds)
    return check([f"db{n}.internal", f"cache{n}.internal"])
