"""Routes and their before-request hook chains."""


class Route:
    def __init__(self, path, handler, middleware=[]):  # expect: HL101 confirmed
        self.path = "/" + path.strip("/")
        self.handler = handler
        self.middleware = middleware

    @classmethod
    def api(cls, path, handler, version=1):
        return cls("/api/v%d/%s" % (version, path.lstrip("/")), handler)

    def use(self, hook):
        if hook not in self.middleware:
            self.middleware.append(hook)
        return self

    def dispatch(self, request):
        for hook in self.middleware:
            response = hook(request)
            if response is not None:
                return response
        return self.handler(request)
