def outer():
    value = 1
    other = 2
    class C:
        other = 3
        def m(self):
            return value, other
    return C
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3
        return l2
    return l1
