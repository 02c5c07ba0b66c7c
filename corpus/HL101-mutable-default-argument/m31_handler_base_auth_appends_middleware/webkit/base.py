"""Request handler base class with a middleware chain."""


class Handler:
    def __init__(self, middlewares=[]):  # expect: HL101 confirmed
        self.middlewares = middlewares

    def run_chain(self, request, chain):
        for middleware in chain:
            request = middleware(request)
        return request

    def handle(self, request):
        return self.respond(self.run_chain(request, self.middlewares))

    def respond(self, request):
        raise NotImplementedError
