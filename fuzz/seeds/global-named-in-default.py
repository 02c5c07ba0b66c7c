X = 1
def f(a=[X]):
    global X
    X = 2
    a.append(1)
