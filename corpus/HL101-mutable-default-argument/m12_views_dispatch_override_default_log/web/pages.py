from .base import View


class ArticleView(View):
    def __init__(self):
        self.trace = []

    def dispatch(self, request):
        if request["path"].startswith("/static/"):
            return 404, "not here"
        return super().dispatch(request)

    def get(self, request):
        return 200, f"<h1>{request['path'].rsplit('/', 1)[-1]}</h1>"
