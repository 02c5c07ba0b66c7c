class Application:
    def __init__(self, name, middleware=[], debug=False):  # expect: HL101 refuted
        self.name = name
        self.middleware = middleware
        self.debug = debug

    def use(self, mw):
        if mw in self.middleware:
            return self
        self.middleware = self.middleware + [mw]
        return self

    def handle(self, request):
        headers = {}
        for mw in self.middleware:
            if mw.applies(request):
                mw.process(request, headers)
        return 200, headers
