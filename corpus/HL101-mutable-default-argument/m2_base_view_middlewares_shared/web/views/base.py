"""Base view: the middleware chain defaults to a list kept on the instance."""


class View:
    def __init__(self, request, middlewares=[]):  # expect: HL101 confirmed
        self.request = request
        self.middlewares = middlewares

    def use(self, middleware):
        self.middlewares.append(middleware)

    def dispatch(self):
        response = {"status": 200, "path": self.request["path"]}
        for mw in self.middlewares[-2:]:
            response = mw(response)
        return response
