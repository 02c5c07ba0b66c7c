from ..context import RequestContext


class Handler:
    def __init__(self, views):
        self.views = dict(views)

    def __call__(self, request):
        ctx = RequestContext(request)
        view = self.views.get(request["path"])
        if view is None:
            response = {"status": 404, "headers": [], "body": "not found"}
        else:
            response = view(ctx)
        return ctx.finish(response)
