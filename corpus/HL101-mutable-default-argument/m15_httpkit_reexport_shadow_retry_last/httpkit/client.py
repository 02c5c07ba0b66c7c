class Transport:
    def __init__(self):
        self.sent = 0

    def request(self, method, url, timeout):
        self.sent += 1
        status = 503 if url.endswith("7") else 200
        return {"method": method, "url": url, "status": status, "timeout": timeout}


_transport = Transport()


def send(method, url, timeout=10.0):
    return _transport.request(method, url, timeout)
