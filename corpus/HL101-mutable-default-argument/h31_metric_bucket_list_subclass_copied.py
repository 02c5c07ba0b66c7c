"""Metrics: samples go into a Bucket (a list subclass whose append rounds the value); the default is copied into a new Bucket before appending."""
import itertools


class Bucket(list):
    def append(self, x):
        super().append(round(x, 3))

    def mean(self):
        return sum(self) / len(self) if self else 0.0


def collect(x, bucket=Bucket()):  # expect: HL101 refuted
    bucket = Bucket(bucket)
    bucket.append(x)
    return bucket.mean()


_requests = itertools.count()


def scenario():
    n = next(_requests)
    latency = 0.25 + n / 7919
    return collect(latency)
