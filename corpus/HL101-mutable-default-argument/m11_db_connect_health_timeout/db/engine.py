"""Connections: options are resolved once per connect() call."""
from .options import merge, tracing


class Connection:
    def __init__(self, url, options):
        self.url = url
        self.options = options

    def execute(self, sql):
        return f"{self.url} [{self.options.get('timeout', 30)}s] {sql}"


def connect(url, options={}, **kwargs):  # expect: HL101 refuted
    opts = merge(options, **kwargs)
    if tracing():
        opts.setdefault("trace", []).append(url)
    return Connection(url, opts)
