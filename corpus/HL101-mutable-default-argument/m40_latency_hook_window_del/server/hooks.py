class LatencyRecorder:
    """Response hook: Server-Timing header with the p95 of recent requests."""

    def __init__(self, route_prefix="/", samples=[], window=32):  # expect: HL101 refuted
        self.route_prefix = route_prefix
        self.samples = samples
        self.window = window

    def __call__(self, request, response):
        path = request["path"]
        if not path.startswith(self.route_prefix) or response["status"] >= 500:
            return response
        elapsed_ms = (response["finished"] - request["started"]) * 1000.0
        self.samples.append((path, elapsed_ms))
        del self.samples[:-self.window]
        recent = sorted(ms for _path, ms in self.samples)
        p95 = recent[int(len(recent) * 0.95) - 1 if len(recent) > 1 else 0]
        response["headers"]["Server-Timing"] = "app;dur=%.1f, p95;dur=%.1f" % (elapsed_ms, p95)
        return response


api_latency = LatencyRecorder("/api/")
RESPONSE_HOOKS = [api_latency]
