"""Exporter base: columns is the header the exporter writes, in order."""


class Exporter:
    def __init__(self, columns=[]):  # expect: HL101 refuted
        self.columns = columns

    def export(self, rows):
        raise NotImplementedError
