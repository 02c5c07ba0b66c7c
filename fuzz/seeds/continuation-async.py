async def f(x, acc=[]): \
    acc.append(x)
