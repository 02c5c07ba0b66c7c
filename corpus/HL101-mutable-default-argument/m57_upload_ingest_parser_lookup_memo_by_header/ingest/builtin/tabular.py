import csv
import io

from ..registry import handles

__all__ = ["parse_csv", "parse_tsv"]


@handles("text/csv", "application/csv")
def parse_csv(body):
    return list(csv.DictReader(io.StringIO(body.decode("utf-8"))))


@handles("text/tab-separated-values")
def parse_tsv(body):
    return list(csv.DictReader(io.StringIO(body.decode("utf-8")), delimiter="\t"))
