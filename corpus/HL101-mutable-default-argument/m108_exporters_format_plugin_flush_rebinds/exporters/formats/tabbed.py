"""Tab-separated output; quotes nothing, so tabs in values become spaces."""
from ..base import *


class Plugin(Exporter):
    sep = "\t"

    def format(self, row):
        return super().format(str(v).replace("\t", " ") for v in row)
