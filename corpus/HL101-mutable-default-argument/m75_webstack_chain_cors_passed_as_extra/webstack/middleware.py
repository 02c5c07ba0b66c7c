"""Stock middlewares: each takes a handler and returns a wrapped handler."""


def request_id(handler):
    def wrapped(request):
        response = handler(request)
        response["headers"]["X-Request-Id"] = request["id"]
        return response

    return wrapped


def server_header(handler):
    def wrapped(request):
        response = handler(request)
        response["headers"].setdefault("Server", "webstack")
        return response

    return wrapped


def cors(origin):
    def middleware(handler):
        def wrapped(request):
            response = handler(request)
            response["headers"]["Access-Control-Allow-Origin"] = origin
            return response

        return wrapped

    return middleware
