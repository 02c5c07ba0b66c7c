def f(data):
    if any((hit := x) > 3 for x in data):
        return hit
    ys = [(last := v) for v in data]
    return last, ys
def g(data):
    global g_total
    return [(g_total := v) for v in data]
r = [(mod_last := v) for v in range(3)]
def h(rows):
    return [[(deep := c) for c in row] for row in rows], deep
