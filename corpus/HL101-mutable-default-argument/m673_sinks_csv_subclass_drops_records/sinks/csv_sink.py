from .base import BufferedSink


class CsvSink(BufferedSink):
    def __init__(self, options={"delimiter": ",", "keep": False}):  # expect: HL101 refuted
        super().__init__(options)
        self.delimiter = options.get("delimiter", ",")

    def format(self, record):
        return self.delimiter.join(str(v) for v in record.values())
