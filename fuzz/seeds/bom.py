def f(a=[]): a.append(1)
