import webclient.cookies as cookies


def request(method, url, transport):
    status, headers, body = transport(method, url, {})
    jar = cookies.extract_cookies(headers)
    return status, body, len(jar)


def get(url, transport):
    return request("GET", url, transport)
