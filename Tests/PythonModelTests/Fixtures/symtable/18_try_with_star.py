def handler(items):
    try:
        pass
    except* ValueError as group:
        pass
    except* (TypeError, KeyError):
        pass
    async def inner():
        async with items as (a, b):
            return [x async for x in a if await b]
    return inner
def imports():
    from os import path as p, sep
    import xml.dom.minidom
    return p, sep, xml
def closures(n):
    fns = [lambda: i * n for i in range(n)]
    return fns, {k: (lambda: k) for k in range(3)}
