def f(a=[]):
    # see \
    a.append(1)
