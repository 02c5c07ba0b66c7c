"""Order export pasted from a spreadsheet: the quantity column was typed by hand."""
import itertools

import exportcli.core

_batches = itertools.count(1)


def scenario():
    n = next(_batches)
    rows = [f"sku-{n}:3:9.5", f"sku-{n + 1}:1:120", f"sku-{n + 2}:two:4.25"]
    status, output = exportcli.core.run(["export", *rows])
    return status, output
