"""APIView: instantiates its throttles per request, as the frameworks do."""


class Throttled(Exception):
    pass


class APIView:
    throttle_classes = ()

    def dispatch(self, request):
        for throttle in [cls() for cls in self.throttle_classes]:
            if not throttle.allow(request["ip"], request["ts"]):
                raise Throttled(request["ip"])
        return self.post(request)
