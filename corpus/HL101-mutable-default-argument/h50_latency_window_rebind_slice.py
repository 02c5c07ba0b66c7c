"""Rolling latency stats per response outcome for an HTTP client's retry policy."""
import collections
import enum
import itertools

_requests = itertools.count()


class Outcome(enum.Enum):
    OK = "ok"
    REDIRECT = "redirect"
    CLIENT_ERROR = "client_error"
    SERVER_ERROR = "server_error"

    @classmethod
    def from_status(cls, status):
        if status < 300:
            return cls.OK
        if status < 400:
            return cls.REDIRECT
        return cls.CLIENT_ERROR if status < 500 else cls.SERVER_ERROR


def record_latency(status, elapsed, window=8, samples=collections.defaultdict(list)):  # expect: HL101 confirmed
    bucket = samples[Outcome.from_status(status)]
    bucket.append(round(elapsed, 4))
    if len(bucket) > window:
        bucket = bucket[-window:]
    return sum(bucket) / len(bucket)


def should_retry(status, elapsed, budget=2.5):
    average = record_latency(status, elapsed)
    if Outcome.from_status(status) is Outcome.SERVER_ERROR:
        return average < budget
    return False


def scenario():
    n = next(_requests)
    status = (200, 301, 404, 503, 200)[n % 5]
    return should_retry(status, 0.05 + (n % 97) / 1000.0 + n * 1e-7)
