"""Request objects: the parsed request, per-request state, and hooks run on close."""


class Request:
    def __init__(self, method, path, headers=None, close_hooks=[]):  # expect: HL101 confirmed
        self.method = method
        self.path = path
        self.headers = dict(headers or {})
        self.state = {}
        self._close_hooks = close_hooks

    def call_on_close(self, fn):
        self._close_hooks.append(fn)
        return fn

    def close(self):
        for fn in self._close_hooks:
            fn()
