"""Session: shared headers and hooks, redirect handling, offline transport."""
from .hooks import dispatch_hook, merge_hooks
from .models import Request, Response


class Session:
    def __init__(self, routes):
        self.routes = routes
        self.headers = {"User-Agent": "reqlite/0.7"}
        self.hooks = {"response": []}

    def _transport(self, request):
        target = self.routes.get(request.url)
        if target is not None:
            return Response(request, 302, {"Location": target})
        return Response(request, 200, {"Content-Type": "application/json"})

    def send(self, request, max_redirects=5):
        hooks = merge_hooks(request.hooks, self.hooks)
        response = self._transport(request)
        chain = []
        while response.is_redirect and len(chain) < max_redirects:
            chain.append(response)
            follow = Request("GET", response.headers["Location"], request.headers)
            response = self._transport(follow)
        if chain:
            response.history = chain
        return dispatch_hook("response", hooks, response)

    def get(self, url, **kwargs):
        return self.send(Request("GET", url, dict(self.headers), **kwargs))
