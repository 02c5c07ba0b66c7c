def outer(a, b=1):
    x = 1
    y = 2
    def middle():
        def inner():
            return x + a
        return inner
    def uses_y():
        return y
    return middle, uses_y
