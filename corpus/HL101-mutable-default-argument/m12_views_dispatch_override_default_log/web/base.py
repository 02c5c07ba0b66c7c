class View:
    http_method_names = ("get", "head")

    def dispatch(self, request, trace=[]):  # expect: HL101 confirmed
        """Route to the handler for the request's method; `trace` records the handlers run."""
        method = request["method"].lower()
        handler = getattr(self, method if method in self.http_method_names else "not_allowed")
        trace.append((type(self).__name__, request["path"]))
        return handler(request)

    def not_allowed(self, request):
        return 405, "method not allowed"
