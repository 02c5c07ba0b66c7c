"""Async account service: updates to one user's wallet are serialised with
a per-user asyncio.Lock handed out by lock_for(). The locks live in a plain
dict from the default, keyed by user id, and nothing ever removes one, so
each new user leaves a Lock behind."""
import asyncio
import itertools

_users = itertools.count()


def lock_for(user_id, _locks={}):  # expect: HL101 confirmed
    lock = _locks.get(user_id)
    if lock is None:
        lock = _locks[user_id] = asyncio.Lock()
    return lock


async def credit(wallets, user_id, amount):
    async with lock_for(user_id):
        balance = wallets.get(user_id, 0)
        await asyncio.sleep(0)
        wallets[user_id] = balance + amount


async def settle(user_id):
    wallets = {}
    await asyncio.gather(*(credit(wallets, user_id, cents) for cents in (250, 100, 75)))
    return wallets[user_id]


def scenario():
    return asyncio.run(settle(f"user-{next(_users)}"))
