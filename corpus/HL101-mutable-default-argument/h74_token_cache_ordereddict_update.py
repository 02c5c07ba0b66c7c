"""OAuth client-credentials flow: access tokens per scope are kept in a small bounded mapping."""
import hashlib
import itertools
from collections import OrderedDict


class BoundedMapping(OrderedDict):
    maxlen = 16

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        while len(self) > self.maxlen:
            del self[next(iter(self))]


def _exchange(client_id, scopes):
    return {
        scope: hashlib.blake2s(f"{client_id}:{scope}".encode(), digest_size=12).hexdigest()
        for scope in scopes
    }


class TokenClient:
    def __init__(self, client_id, tokens=BoundedMapping()):  # expect: HL101 refuted
        self.client_id = client_id
        self.tokens = tokens

    def token_for(self, scope):
        if scope not in self.tokens:
            self.tokens.update(_exchange(self.client_id, [scope, "openid"]))
        return self.tokens[scope]


_calls = itertools.count()


def scenario():
    n = next(_calls)
    client = TokenClient(f"svc-{n % 3}")
    return client.token_for(f"orders:read:{n}"), client.token_for("openid")
