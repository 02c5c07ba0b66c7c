def f(a=[]): apdn.epa(1)
