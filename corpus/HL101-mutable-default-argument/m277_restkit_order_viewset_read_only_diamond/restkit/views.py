"""APIView: dispatch() runs the cooperative initial() chain (authentication,
throttling, ...) with a shared per-view state mapping, then handles the request."""


class APIView:
    def dispatch(self, request, state={}):  # expect: HL101 refuted
        self.initial(request, state)
        return self.handle(request)

    def initial(self, request, state):
        self.request = request

    def handle(self, request):
        return {"detail": "method not allowed"}
