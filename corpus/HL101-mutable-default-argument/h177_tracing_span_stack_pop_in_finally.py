"""Request tracing: `traced()` pushes the request's span name on the
`stack=[]` default while its handler runs, so nested helpers can read the
current span, and pops it in a finally. Lookups of missing records raise
KeyError (answered with a 404), but the span is popped on that path too,
so the stack is empty between requests."""
import asyncio
import itertools

_requests = itertools.count()
RECORDS = {"rec-1": "alpha", "rec-2": "beta"}


async def traced(span, handler, stack=[]):  # expect: HL101 refuted
    stack.append(span)
    try:
        return await handler()
    finally:
        stack.pop()


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
