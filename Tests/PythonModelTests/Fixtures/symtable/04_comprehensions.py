def f(items, n):
    a = [x * n for x in items if x]
    b = {k: v for k, v in items}
    c = {y for y in (z for z in items)}
    d = (w for w in range(n) for v in range(w))
    e = [[i + j for j in items] for i in range(n)]
    return a, b, c, d, e
top = [q for q in range(3)]
