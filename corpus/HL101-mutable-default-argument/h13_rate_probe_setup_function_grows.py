"""Health checks: setup_probe() (a module function) sets the probe's threshold; check() reads it and logs slow hosts in a default dict."""
import itertools


class Probe:
    def __init__(self, service):
        self.service = service

    def check(self, host, latency_ms, slow={}):  # expect: HL101 confirmed
        if latency_ms >= self.threshold_ms:
            slow[host] = latency_ms
        return host in slow


def setup_probe(probe, threshold_ms):
    probe.threshold_ms = threshold_ms
    return probe


_probe = setup_probe(Probe("api"), threshold_ms=250)
_hosts = itertools.count()


def scenario():
    n = next(_hosts)
    return _probe.check(f"10.0.{n // 250}.{n % 250}", 300 + n % 7)
