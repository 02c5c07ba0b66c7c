import zlib


class ExchangeRateService:
    """Stand-in for an HTTP rates provider; deterministic per (pair, day)."""

    def __init__(self, provider):
        self.provider = provider
        self.timeout = 10
        self.requests = 0

    def get_rate(self, base, quote, day):
        if base == quote:
            return 1.0
        self.requests += 1
        seed = zlib.crc32(("%s/%s@%s" % (base, quote, day)).encode())
        return round(0.5 + (seed % 10000) / 10000.0, 4)

    def convert(self, amount, base, quote, day):
        return round(amount * self.get_rate(base, quote, day), 2)
