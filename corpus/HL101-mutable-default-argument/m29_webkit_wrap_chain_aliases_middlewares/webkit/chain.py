"""Middleware chain: request middlewares run in order before the app."""


class Chain:
    def __init__(self, app, middlewares):
        self.app = app
        self.middlewares = middlewares

    def use(self, middleware):
        self.middlewares.append(middleware)
        return self

    def __call__(self, request):
        for middleware in self.middlewares:
            request = middleware(request)
        return self.app(request)
