"""Health checker: probes every host of a pool on its own thread and
collects (host, latency) pairs. Each worker thread is started with the
default `results` list in its args and appends to it; after joining, the
pairs are moved out with a copy and the shared list is cleared in
`finally`, so it is empty between checks."""
import itertools
import threading

_rounds = itertools.count()


def _probe(host, results):
    latency = sum(map(ord, host)) % 250
    results.append((host, latency, "up" if latency < 200 else "slow"))


def check_pool(hosts, results=[]):  # expect: HL101 refuted
    workers = [threading.Thread(target=_probe, args=(host, results)) for host in hosts]
    for worker in workers:
        worker.start()
    try:
        for worker in workers:
            worker.join()
        return sorted(results)
    finally:
        results.clear()


def scenario():
    n = next(_rounds)
    hosts = ["api-%d.pool-%d.internal" % (i, n) for i in range(3)]
    report = check_pool(hosts)
    return sum(latency for _, latency, _ in report[-3:])
