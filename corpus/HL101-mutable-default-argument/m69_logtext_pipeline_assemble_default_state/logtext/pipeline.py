"""Run the assembler over the batches a log shipper delivers."""
from .assembler import assemble


def run(batches):
    """Records of all batches, in completion order.

    A record may span batches: its first lines stay pending in the
    assembler until a later batch brings its END line.
    """
    records = []
    for batch in batches:
        records.extend(assemble(batch))
    return records
