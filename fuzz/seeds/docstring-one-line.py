def f(a=[]): """Doc."""; a.append(1)
