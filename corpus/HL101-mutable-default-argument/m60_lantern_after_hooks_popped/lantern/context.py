class RequestContext:
    def __init__(self, request, after=[]):  # expect: HL101 refuted
        self.request = request
        self.after = after

    def after_this_request(self, hook):
        self.after.append(hook)
        return hook

    def finish(self, response):
        while self.after:
            response = self.after.pop()(response)
        return response
