"""Order endpoints, counted per method and path."""
import promlite


def get_order(path):
    promlite.inc("http_requests_total", {"method": "GET", "path": path})
    return {"status": 200, "order": path.rsplit("/", 1)[-1]}
