"""Latency metrics: record_latency() wraps its bucket in a MetricsSink whose
record() writes each sample into the bucket's __dict__ under the endpoint
path. The bucket is a shared default instance, so every distinct endpoint
adds an attribute to it."""
import itertools


class Bucket:
    def __init__(self, unit="ms"):
        self.unit = unit


class MetricsSink:
    def __init__(self, bucket):
        self.bucket = bucket

    def record(self, key, value):
        self.bucket.__dict__[key] = f"{value:.1f}{self.bucket.unit}"
        return key


def record_latency(endpoint, millis, bucket=Bucket()):  # expect: HL101 confirmed
    sink = MetricsSink(bucket)
    return sink.record(endpoint.strip("/").replace("/", "."), millis)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return record_latency(f"/api/orders/{n}/items", 3.5 + n % 40)
