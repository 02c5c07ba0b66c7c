from .registry import register


class Plugin:
    def __init__(
        self,
        options={},  # expect: HL101 refuted
        hooks=[],  # expect: HL101 refuted
    ):
        self.options = options
        self.hooks = list(hooks)

    def option(self, name, fallback=None):
        return self.options.setdefault(name, fallback)

    def check(self, request, used):
        return all(hook(request, used) for hook in self.hooks)


@register("cors", aliases=["origins"])
class Cors(Plugin):
    def __init__(self, options={}):  # expect: HL101 refuted
        super().__init__(options, [self.allowed])

    def allowed(self, request, used):
        return request.origin in self.option("origins", ("https://app.example.test",))


@register("quota", aliases=["ratelimit", "limits"])
class Quota(Plugin):
    def __init__(self, options={}):  # expect: HL101 confirmed
        super().__init__(options, [self.within_limit])

    def within_limit(self, request, used):
        limit = self.option(f"limit.{request.tenant}", self.option("limit", 100))
        return used < limit
