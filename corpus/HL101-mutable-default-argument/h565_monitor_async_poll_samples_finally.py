"""Status monitor: an async poll round measures every host and collects
(host, latency) samples in a list default before reporting the slowest
one. Each check is driven by asyncio.run; the coroutine empties the list
in a finally block, so no round leaves samples behind."""
import asyncio
import itertools

_rounds = itertools.count()


async def measure(host):
    return round(len(host) * 1.7, 2)


async def poll(hosts, samples=[]):  # expect: HL101 refuted
    try:
        for host in hosts:
            samples.append((host, await measure(host)))
        return max(latency for _, latency in samples)
    finally:
        samples.clear()


def check(hosts):
    return asyncio.run(poll(hosts))


def scenario():
    n = next(_rounds)
    return check([f"db{n}.internal", f"cache{n}.internal"])
