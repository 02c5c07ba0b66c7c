"""Process-wide request statistics, connected once when the package is imported."""
from events import app_bus

totals = {"started": 0, "finished": 0}


def on_request(topic, **payload):
    totals["finished" if topic == "request.end" else "started"] += 1


app_bus.connect("request.start", on_request)
app_bus.connect("request.end", on_request)
