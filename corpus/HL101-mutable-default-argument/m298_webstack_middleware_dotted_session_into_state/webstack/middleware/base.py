"""Middleware: process() wraps the before()/after() hooks around the view."""


class Middleware:
    def process(self, request, state={}):  # expect: HL101 confirmed
        self.before(request, state)
        response = {"status": 200, "path": request["path"]}
        self.after(request, response, state)
        return response["status"]

    def before(self, request, state):
        pass

    def after(self, request, response, state):
        pass
