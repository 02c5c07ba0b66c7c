"""Reader: fills one reusable scratch list with the corners of plot n."""
_corners = []


def read_plot(n):
    w, h = 10 + n % 7, 3 + n
    _corners[:] = [(n, 0), (n + w, 0), (n + w, h), (n, h)]
    return _corners
