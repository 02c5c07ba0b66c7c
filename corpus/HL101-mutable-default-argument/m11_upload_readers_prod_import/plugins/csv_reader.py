from registry import register


@register
class CsvReader:
    extensions = (".csv", ".tsv")

    def read(self, text):
        sep = "\t" if "\t" in text else ","
        return [line.split(sep) for line in text.splitlines() if line]
