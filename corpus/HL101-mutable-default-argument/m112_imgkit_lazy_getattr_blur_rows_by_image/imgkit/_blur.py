"""Filter: 3-tap box blur of one row of pixels; rows are counted per image file."""


def apply(row, image, mode, rows_done={}):  # expect: HL101 confirmed
    """Blur one row; `rows_done` feeds the progress bar."""
    padded = [row[0], *row, row[-1]]
    out = [sum(padded[i:i + 3]) // 3 for i in range(len(row))]
    rows_done[image] = rows_done.get(image, 0) + 1
    return out
