from .models import Batch


def open_batch(source, rows=[]):  # expect: HL101 refuted
    return Batch(source, rows)
