class Scaffold:
    """Shared base of the application and blueprint objects."""

    def __init__(self, import_name, view_functions={}):  # expect: HL101 confirmed
        self.import_name = import_name
        self.view_functions = view_functions

    def route(self, rule, endpoint=None):
        def decorator(f):
            self.add_url_rule(rule, endpoint or f.__name__, f)
            return f
        return decorator


class Flask(Scaffold):
    def __init__(self, import_name, name=None):
        super().__init__(import_name)
        self.name = name or import_name
        self.url_map = []

    def add_url_rule(self, rule, endpoint, view_func):
        key = rule
        self.url_map.append((rule.strip("/").split("/"), key))
        self.view_functions[key] = view_func

    def register_blueprint(self, blueprint, url_prefix=""):
        for deferred in blueprint.deferred_functions:
            deferred(self, url_prefix or "/" + blueprint.name)

    def dispatch(self, path):
        parts = path.strip("/").split("/")
        for segments, key in self.url_map:
            if len(segments) != len(parts):
                continue
            args = [p for s, p in zip(segments, parts) if s.startswith("<")]
            if all(s == p or s.startswith("<") for s, p in zip(segments, parts)):
                return self.view_functions[key](*args)
        return "404 Not Found"
