def header(name, value):
    """A response layer that sets one header."""

    def set_header(response):
        response.headers[name] = value
        return response

    set_header.__qualname__ = f"header[{name}={value}]"
    return set_header
