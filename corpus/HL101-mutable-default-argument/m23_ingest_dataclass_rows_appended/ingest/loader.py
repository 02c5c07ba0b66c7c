from .models import Batch


def open_batch(source, rows=[]):  # expect: HL101 confirmed
    return Batch(source, rows)
