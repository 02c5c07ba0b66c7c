"""Delimited importers: CSV goes through the base from_line(), TSV parses on its own."""
from .base import Importer


class CsvImporter(Importer):
    name = "csv"

    @staticmethod
    def split(line):
        return [cell.strip() for cell in line.split(",")]

    @classmethod
    def from_line(cls, line):
        return super().from_line(line.rstrip("\n"))


class TsvImporter(Importer):
    name = "tsv"

    @staticmethod
    def split(line):
        return line.split("\t")

    @classmethod
    def from_line(cls, line):
        return cls(cls.split(line.rstrip("\n")))
