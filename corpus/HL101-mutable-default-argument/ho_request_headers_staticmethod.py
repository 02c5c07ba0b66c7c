"""Outgoing request builder: default headers are only read, never written."""
import itertools


class OutgoingRequest:
    def __init__(self, url, headers):
        self.url = url
        self.headers = headers

    @staticmethod
    def build_headers(extra, base={"Accept": "application/json", "User-Agent": "shop/2.1"}):  # expect: HL101 refuted
        headers = {}
        for name, value in base.items():
            headers[name.lower()] = value
        for name, value in extra.items():
            headers[name.lower()] = value
        return headers


_ids = itertools.count()


def scenario():
    n = next(_ids)
    OutgoingRequest(f"https://pay.example/{n}", OutgoingRequest.build_headers({"X-Trace": f"t{n}"}))
