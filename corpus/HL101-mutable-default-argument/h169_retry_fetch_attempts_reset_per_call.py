"""HTTP-style fetch with retries: a transport stub fails the first two
attempts for each URL with ConnectionError. Attempts are recorded in the
`attempts` default with `+=` for the debug log, but the list is emptied
with `del attempts[:]` when a fetch starts, so it only ever holds the
attempts of the latest fetch."""
import itertools

_requests = itertools.count()


class FlakyTransport:
    def __init__(self, failures):
        self.failures = failures

    def get(self, url):
        if self.failures:
            self.failures -= 1
            raise ConnectionError("reset by peer: " + url)
        return "200 OK " + url


def fetch(url, transport, retries=3, attempts=[]):  # expect: HL101 refuted
    del attempts[:]
    for n in range(retries):
        attempts += [(url, n, "started")]
        try:
            return transport.get(url)
        except ConnectionError:
            continue
    raise ConnectionError("giving up on " + url)


def scenario():
    url = "https://api.example.test/orders/%d" % next(_requests)
    return fetch(url, FlakyTransport(failures=2))
