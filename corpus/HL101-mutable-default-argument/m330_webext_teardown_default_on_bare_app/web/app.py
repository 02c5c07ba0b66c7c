"""The application object: config, extensions and request teardown."""


class App:
    def __init__(self, import_name, **config):
        self.import_name = import_name
        self.config = {"DEBUG": False, **config}
        self.extensions = {}

    def do_teardown(self, exc=None):
        for fn in reversed(getattr(self, "teardown_funcs", ())):
            fn(exc)

    def handle(self, path):
        try:
            return f"200 {self.import_name}{path}"
        finally:
            self.do_teardown()
