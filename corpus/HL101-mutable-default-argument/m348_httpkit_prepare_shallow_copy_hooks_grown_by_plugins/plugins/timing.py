"""Records one timing entry per response through a response hook."""


def instrument(request, sink):
    url = request["url"]

    def on_response(response):
        sink.append((url, response["status"]))

    request["hooks"]["response"].append(on_response)
    return request
