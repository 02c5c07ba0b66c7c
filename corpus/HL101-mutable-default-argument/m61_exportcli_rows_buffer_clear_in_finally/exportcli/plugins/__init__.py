from . import csv_export
