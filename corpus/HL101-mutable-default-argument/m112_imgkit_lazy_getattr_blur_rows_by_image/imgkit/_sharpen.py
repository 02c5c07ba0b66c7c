"""Filter: unsharp mask (shipped, but the worker never asks for it)."""


def apply(row, image, mode, weights=None):
    w = (-1, 3, -1) if weights is None else weights
    padded = [row[0], *row, row[-1]]
    return [max(0, sum(a * b for a, b in zip(w, padded[i:i + 3]))) for i in range(len(row))]
