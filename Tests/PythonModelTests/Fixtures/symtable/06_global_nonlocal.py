counter = 0
def bump():
    global counter
    counter += 1
def outer():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    def shadow():
        global total
        total = 5
        def inner():
            return total
        return inner
    return add, shadow
def implicit():
    return counter + len([])
