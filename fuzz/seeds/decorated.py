def deco(f):
    return f
@deco
def f(a=[]): a.append(1)
