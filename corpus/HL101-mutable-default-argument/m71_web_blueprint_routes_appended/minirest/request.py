class Request:
    def __init__(self, path, params):
        self.path = path
        self.params = dict(params)

    def arg(self, name, default=None):
        return self.params.get(name, default)
