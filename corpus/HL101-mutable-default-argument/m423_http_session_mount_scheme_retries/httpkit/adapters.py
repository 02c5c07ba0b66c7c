class HTTPAdapter:
    """Sends requests for the URL prefixes it is mounted on."""

    def __init__(self, max_retries=0, pool_maxsize=10):
        self.max_retries = max_retries
        self.pool_maxsize = pool_maxsize

    def send(self, method, url):
        return {"method": method, "url": url, "retries": self.max_retries}


DEFAULT_ADAPTERS = {"https://": HTTPAdapter(), "http://": HTTPAdapter()}
