"""Deferred-registration blueprints, in the style of Flask's."""


class Blueprint:
    def __init__(self, name, url_prefix="", deferred_functions=[]):  # expect: HL101 refuted
        if not name.replace("-", "_").isidentifier():
            raise ValueError(f"blueprint name {name!r} is not a valid identifier")
        self.name = name
        self.url_prefix = url_prefix.rstrip("/")
        self.deferred_functions = deferred_functions

    def record(self, func):
        self.deferred_functions = self.deferred_functions + [func]

    def add_url_rule(self, rule, endpoint, view_func, methods=("GET",)):
        if not rule.startswith("/"):
            rule = "/" + rule
        full_rule = self.url_prefix + rule
        qualified = f"{self.name}.{endpoint}"

        def deferred(app):
            app.add_url_rule(full_rule, qualified, view_func, methods)

        self.record(deferred)

    def route(self, rule, **options):
        def decorator(view_func):
            endpoint = options.pop("endpoint", view_func.__name__)
            self.add_url_rule(rule, endpoint, view_func, tuple(options.get("methods", ("GET",))))
            return view_func

        return decorator

    def register(self, app):
        for deferred in self.deferred_functions:
            deferred(app)
        app.blueprints[self.name] = self
