def f(a=[]):
    a.append(1); a.append(2); return a
