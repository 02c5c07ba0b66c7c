class Response:
    def __init__(self, body, status=200):
        self.body = body
        self.status = status
        self.headers = {}
