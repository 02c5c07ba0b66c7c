import json


class JsonlSink:
    def __init__(self, header, lines):
        self.header = header
        self.lines = lines

    def write(self, record):
        self.lines.append(json.dumps({k: record[k] for k in self.header}))

    def getvalue(self):
        return "\n".join(self.lines)


def open_sink(header, lines=None):
    return JsonlSink(header, [] if lines is None else lines)
