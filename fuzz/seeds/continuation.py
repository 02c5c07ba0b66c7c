def f(x, acc=[]): \
    acc.append(x); return acc
N = 1
