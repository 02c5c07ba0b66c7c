"""CORS preflight handling."""

ALLOWED_ORIGINS = ("https://app.example.com", "https://admin.example.com")


def cors_preflight(request):
    if request["method"] != "OPTIONS":
        return None
    origin = request["headers"].get("Origin", "")
    if origin not in ALLOWED_ORIGINS:
        return {"status": 403, "body": "origin not allowed"}
    return {"status": 204, "headers": {"Access-Control-Allow-Origin": origin}}


def enable_cors(route):
    return route.use(cors_preflight)
