from .query import parse_query


class Request:
    def __init__(self, method, url):
        self.method = method
        self.path, _, query_string = url.partition("?")
        self.args = parse_query(query_string)

    def arg(self, name, default=""):
        values = self.args.get(name)
        return values[-1] if values else default
