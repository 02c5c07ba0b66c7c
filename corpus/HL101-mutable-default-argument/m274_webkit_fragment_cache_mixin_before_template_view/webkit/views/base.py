"""TemplateView: render() fills the page context through the fill_context()
hook, which subclasses and mixins may override."""


class TemplateView:
    template = "<h1>{title}</h1>{body}"
    title = "Untitled"

    def render(self, request, ctx={}):  # expect: HL101 confirmed
        self.fill_context(request, ctx)
        return self.template.format(title=ctx["title"], body=self.body(request))

    def fill_context(self, request, ctx):
        ctx["title"] = self.title

    def body(self, request):
        return f"<p>{request['path']}</p>"
