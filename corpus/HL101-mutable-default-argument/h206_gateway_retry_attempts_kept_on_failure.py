"""Payments client: with_retries() counts attempts per request id in its
`attempts={}` default and deletes the entry after the loop, once an awaited call
succeeds; a charge that keeps failing re-raises first, so its counter stays."""
import asyncio
import itertools

_batches = itertools.count()


class GatewayError(Exception): pass


async def charge(account, cents):
    await asyncio.sleep(0)
    if account.endswith("-7"):
        raise GatewayError(f"gateway timeout for {account}")
    return {"account": account, "cents": cents, "status": "captured"}

async def with_retries(request_id, op, *args, retries=3, attempts={}):  # expect: HL101 confirmed
    while True:
        attempts[request_id] = attempts.get(request_id, 0) + 1
        try:
            result = await op(*args)
            break
        except GatewayError:
            if attempts[request_id] == retries:
                raise
            await asyncio.sleep(0)  # backoff
    del attempts[request_id]
    return result


async def settle(n):
    calls = [with_retries(f"ch-{n}-{k}", charge, f"acct-{n}-{k}", 100 * k) for k in (1, 2, 7)]
    return await asyncio.gather(*calls, return_exceptions=True)


def scenario():
    return len(asyncio.run(settle(next(_batches))))
