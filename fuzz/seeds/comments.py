def f(a=[]):  # header
    # first
    a.append(1)  # c
    return a
