"""Session: shared headers, adapters and hooks for a series of requests."""
import copy

from .adapters import LoopbackAdapter
from .hooks import default_hooks, dispatch_hook


class Session:
    def __init__(self, base_url=""):
        self.base_url = base_url.rstrip("/")
        self.headers = {"User-Agent": "httpkit/0.9", "Accept": "*/*"}
        self.hooks = copy.copy(default_hooks())
        self.adapters = {"https://": LoopbackAdapter(), "http://": LoopbackAdapter({"admin": 403})}

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        for adapter in self.adapters.values():
            adapter.close()

    def register_hook(self, event, hook):
        if event not in self.hooks:
            raise ValueError("unsupported event %r" % event)
        self.hooks[event].append(hook)

    def get_adapter(self, url):
        for prefix, adapter in self.adapters.items():
            if url.lower().startswith(prefix):
                return adapter
        raise ValueError("no connection adapter for %r" % url)

    def request(self, method, path, params=None):
        url = self.base_url + "/" + path.lstrip("/")
        if params:
            url += "?" + "&".join("%s=%s" % kv for kv in sorted(params.items()))
        request = dispatch_hook("request", self.hooks, (method.upper(), url, dict(self.headers)))
        response = self.get_adapter(url).send(request)
        return dispatch_hook("response", self.hooks, response)
