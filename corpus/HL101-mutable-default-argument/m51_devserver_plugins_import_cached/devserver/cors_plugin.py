from .hooks import response_hook

ALLOWED_ORIGINS = ("https://app.example.com", "https://admin.example.com")


@response_hook
def add_cors_headers(response):
    origin = response["request"].get("origin")
    if origin not in ALLOWED_ORIGINS:
        return response
    headers = dict(response["headers"], **{"Access-Control-Allow-Origin": origin})
    return dict(response, headers=headers)
