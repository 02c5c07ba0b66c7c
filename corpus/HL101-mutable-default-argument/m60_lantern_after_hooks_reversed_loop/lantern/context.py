class RequestContext:
    def __init__(self, request, after=[]):  # expect: HL101 confirmed
        self.request = request
        self.after = after

    def after_this_request(self, hook):
        self.after.append(hook)
        return hook

    def finish(self, response):
        for hook in reversed(self.after):
            response = hook(response)
        return response
