def outer():
    shared = 1
    class C:
        shared = 2
        global g_in_class
        g_in_class = 3
        items = [shared for _ in range(2)]
        pick = lambda self, d=shared: d
        def m(self):
            return shared
        def s(self):
            return (lambda: super())()
        class Inner:
            def im(self):
                nonlocal shared
                shared = 5
                return super()
    return C
class Top:
    def m(self):
        x = 1
        def a():
            nonlocal x
            del x
        return a
    def gen(self):
        return (super() for _ in range(1))
