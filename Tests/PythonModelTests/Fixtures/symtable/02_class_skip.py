def f():
    x = 1
    class C:
        x = 2
        y = x
        def m(self):
            return x
        z = [x for _ in range(3)]
    return C
class D:
    attr = 1
    def method(self):
        return attr
