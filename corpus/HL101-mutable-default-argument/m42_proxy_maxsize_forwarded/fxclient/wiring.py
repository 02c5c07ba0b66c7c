from .proxy import MemoizingProxy
from .service import ExchangeRateService


def build_client(settings):
    client = MemoizingProxy(ExchangeRateService(settings.get("provider", "ecb")))
    size = settings.get("cache_size")
    if size is not None:
        client.max_size = int(size)
    client.timeout = float(settings.get("timeout", 5))
    return client
