import httpkit as hk


class Client:
    def __init__(self, host, token=None, scheme="https"):
        self.base_url = f"{scheme}://{host}"
        self.token = token

    def prepare(self, method, path, request_id):
        headers = hk.build_headers(request_id, token=self.token)
        return {"method": method, "url": self.base_url + path, "headers": headers}
