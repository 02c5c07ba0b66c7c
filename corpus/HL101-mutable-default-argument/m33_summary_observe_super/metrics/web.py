from .core import Summary


class LatencySummary(Summary):
    """Request latencies, observed in milliseconds and stored in seconds."""

    unit = "seconds"

    def observe(self, value, unit="ms"):
        seconds = value / 1000.0 if unit == "ms" else float(value)
        if seconds < 0:
            # clock skew between workers: clamp instead of failing the request
            seconds = 0.0
        super().observe(seconds)


REQUEST_LATENCY = LatencySummary("http_request_duration_seconds",
                                 "Time spent handling HTTP requests.")
