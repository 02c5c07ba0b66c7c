from .base import Parser


class Delimited(Parser):
    format = "csv"
    separator = ","
    columns = ("id", "name", "qty")

    def parse(self, text):
        return dict(zip(self.columns, text.split(self.separator)))


class TabSeparated(Delimited):
    format = "tsv"
    separator = "\t"
