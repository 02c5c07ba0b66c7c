f = lambda x: lambda y: x + y
def g(a):
    return lambda: (lambda b: a + b)
class C:
    h = lambda self: self
    def m(self):
        return lambda: self
items = sorted([], key=lambda t: t[0])
