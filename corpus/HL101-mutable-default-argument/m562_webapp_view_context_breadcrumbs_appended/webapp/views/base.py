"""Base views: every page gets the request's user and path in its context."""


class View:
    def __init__(self, request):
        self.request = request

    def get_context(self, ctx={}):  # expect: HL101 refuted
        ctx["user"] = self.request["user"]
        ctx["path"] = self.request["path"]
        return ctx


class DetailView(View):
    def load(self):
        raise NotImplementedError

    def get_context(self, ctx={}):  # expect: HL101 refuted
        ctx = super().get_context(ctx)
        ctx["object"] = self.load()
        return ctx
