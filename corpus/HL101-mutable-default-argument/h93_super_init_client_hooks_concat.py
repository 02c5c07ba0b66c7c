"""HTTP clients: TokenClient calls super().__init__(base_url) without hooks, then rebinds self.hooks to a concatenated list with its auth hook."""
import itertools

_tokens = itertools.count()


class BaseClient:
    def __init__(self, base_url, hooks=[]):  # expect: HL101 refuted
        self.base_url = base_url.rstrip("/")
        self.hooks = hooks

    def prepare(self, method, path, **params):
        query = "&".join(f"{k}={params[k]}" for k in sorted(params))
        request = {"method": method, "url": f"{self.base_url}/{path.lstrip('/')}", "headers": {}}
        if query:
            request["url"] += "?" + query
        for hook in self.hooks:
            request = hook(request) or request
        return request


class TokenClient(BaseClient):
    def __init__(self, base_url, token):
        super().__init__(base_url)
        self.token = token
        self.hooks = self.hooks + [self._authorize]

    def _authorize(self, request):
        request["headers"]["Authorization"] = f"Bearer {self.token}"


def scenario():
    n = next(_tokens)
    client = TokenClient("https://api.example.test/v2/", f"tok-{n:06d}")
    return client.prepare("GET", f"/orders/{n}", expand="lines", limit=5)["headers"]
