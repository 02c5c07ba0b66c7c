def gen(n):
    for i in range(n):
        yield i
    yield from range(2)
async def co(q):
    async with q as r:
        async for item in r:
            await item
    return [x async for x in q]
async def agen():
    yield 1
def not_gen():
    return (x for x in range(3))
