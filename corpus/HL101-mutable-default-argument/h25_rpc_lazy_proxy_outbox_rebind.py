"""RPC client behind a lazy proxy: attribute access is forwarded to the real client."""
import itertools
import json


class _Client:
    def __init__(self):
        self.sent_batches = 0

    def send(self, method, params, _outbox=[]):  # expect: HL101 confirmed
        _outbox.append(json.dumps({"method": method, "params": params}))
        if len(_outbox) >= 10:
            self.sent_batches += 1
            _outbox = []
        return len(_outbox)


class LazyClient:
    def __init__(self, factory):
        self._factory = factory
        self._target = None

    def __getattr__(self, name):
        if self._target is None:
            self._target = self._factory()
        return getattr(self._target, name)


client = LazyClient(_Client)
_seq = itertools.count()


def scenario():
    n = next(_seq)
    return client.send("ping", {"seq": n})
