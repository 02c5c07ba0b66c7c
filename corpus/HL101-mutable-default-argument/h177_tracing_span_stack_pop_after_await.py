"""Request tracing: `traced()` pushes the request's span name on the
`stack=[]` default while its handler runs, so nested helpers can read the
current span, and pops it after the handler returns. The pop is not in a
finally: lookups of missing records raise KeyError (answered with a 404),
and each such request leaves its span on the stack."""
import asyncio
import itertools

_requests = itertools.count()
RECORDS = {"rec-1": "alpha", "rec-2": "beta"}


async def traced(span, handler, stack=[]):  # expect: HL101 confirmed
    stack.append(span)
    result = await handler()
    stack.pop()
    return result


async def handle(record_id):
    async def lookup():
        await asyncio.sleep(0)
        return RECORDS[record_id]
    try:
        return 200, await traced(f"GET /records/{record_id}", lookup)
    except KeyError:
        return 404, None


def scenario():
    return asyncio.run(handle(f"rec-{1000 + next(_requests)}"))
