"""Transports: loopback answers from memory (tests and offline mode)."""


def loopback(method, url, headers):
    body = f'{{"method": "{method}", "url": "{url}"}}'.encode()
    return 200, body
