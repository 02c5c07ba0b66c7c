import json

from .response import Response


class JSONResponse(Response):
    default_content_type = "application/json"

    def __init__(self, data, status=200, **kwargs):
        payload = json.dumps(data, sort_keys=True, separators=(",", ":"))
        super().__init__(payload, status, **kwargs)


def error_response(status, message):
    return JSONResponse({"error": message, "status": status}, status)
