"""Per-request tracing: each Span listens on the bus for as long as it lives."""


class Span:
    def __init__(self, request_id):
        self.request_id = request_id
        self.marks = []

    def on_event(self, topic, **payload):
        self.marks.append((topic, payload.get("path")))

    def summary(self):
        return f"{self.request_id}: " + " > ".join(topic for topic, _ in self.marks)


def traced(bus, request_id, path):
    span = Span(request_id)
    bus.connect("request.start", span.on_event)
    bus.connect("request.end", span.on_event)
    bus.emit("request.start", path=path)
    bus.emit("request.end", path=path)
    return span.summary()
