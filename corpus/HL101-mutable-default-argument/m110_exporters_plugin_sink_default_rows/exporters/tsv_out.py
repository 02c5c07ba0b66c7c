class TsvSink:
    def __init__(self, header, rows):
        self.header = header
        self.rows = rows

    def write(self, record):
        self.rows.append("\t".join(str(record[k]) for k in self.header))

    def getvalue(self):
        return "\n".join(["\t".join(self.header), *self.rows])


def open_sink(header, rows=[]):  # expect: HL101 confirmed
    """A TSV sink; pass `rows` to continue an existing document."""
    return TsvSink(header, rows)
