"""Filter: 3-tap box blur of one row of pixels; counted per colour mode (two keys)."""


def apply(row, image, mode, rows_done={}):  # expect: HL101 refuted
    """Blur one row; `rows_done` feeds the progress bar."""
    padded = [row[0], *row, row[-1]]
    out = [sum(padded[i:i + 3]) // 3 for i in range(len(row))]
    rows_done[mode] = rows_done.get(mode, 0) + 1
    return out
