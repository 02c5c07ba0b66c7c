def g(a=[], b=[]):
    a.append(1)
    b.append(2)
