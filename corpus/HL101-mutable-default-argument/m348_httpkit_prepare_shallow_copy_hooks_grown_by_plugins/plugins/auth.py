"""Bearer token authentication."""


def sign(request, token):
    request["headers"]["Authorization"] = "Bearer " + token
    return request
