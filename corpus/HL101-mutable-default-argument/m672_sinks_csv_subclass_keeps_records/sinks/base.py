class BufferedSink:
    """Keeps written lines in options["records"] when asked to keep them."""

    def __init__(self, options):
        keep = options.get("keep")
        self.source = options if keep else {}

    def write(self, record):
        line = self.format(record)
        self.source.setdefault("records", []).append(line)
        return line

    def format(self, record):
        return repr(record)
