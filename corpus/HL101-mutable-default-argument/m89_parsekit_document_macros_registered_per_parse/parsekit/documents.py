"""Documents start with a header naming their macros: `#macros sum_q3 avg_q3`."""
from .parser import Parser


class DocumentParser(Parser):
    HEADER = "#macros"

    def __init__(self, header):
        if not header.startswith(self.HEADER):
            raise ValueError(f"missing {self.HEADER} header")
        self.macros = header[len(self.HEADER):].split()
        super().__init__(keywords=self.macros)

    @classmethod
    def parse(cls, document):
        header, _, body = document.partition("\n")
        parser = cls(header)
        return [parser.tokens(line) for line in body.splitlines() if line.strip()]
