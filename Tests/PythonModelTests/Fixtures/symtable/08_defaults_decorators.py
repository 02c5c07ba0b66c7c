def deco(fn):
    return fn
def outer():
    d = 1
    ann = int
    dec = deco
    @dec
    def inner(a: ann = d, *args: ann, kw=d, **kws) -> ann:
        return a
    lam = lambda p=d: p
    return inner, lam
class K:
    size = 3
    def m(self, n=size):
        return n
