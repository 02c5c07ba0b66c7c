from .framework import Scaffold


class Blueprint(Scaffold):
    def __init__(self, name, import_name, url_prefix=None):
        super().__init__(import_name)
        self.name = name
        self.url_prefix = url_prefix
        self.deferred_functions = []

    def add_url_rule(self, rule, endpoint, view_func):
        qualified = "%s.%s" % (self.name, endpoint)

        def register_rule(app, prefix):
            app.add_url_rule(prefix.rstrip("/") + rule, qualified, view_func)

        self.deferred_functions.append(register_rule)
