class A:
    class B:
        def m(self):
            def local():
                return [lambda: 1 for _ in range(1)]
            return local
    def n(self):
        class Inner:
            def im(self):
                return 1
        return Inner
def f():
    global g
    def g():
        return 1
    def h():
        return lambda: (lambda: 2)
    return g, h
