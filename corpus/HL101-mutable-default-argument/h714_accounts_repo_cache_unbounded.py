"""Account lookups: the service asks its repository, which reads through a
cache wrapped around the dict it was constructed with, with no size limit."""
import itertools

_ids = itertools.count()


class ReadThroughCache:
    def __init__(self, store, limit=None):
        self.store, self.limit = store, limit

    def get(self, key, load):
        if key not in self.store:
            if self.limit is not None and len(self.store) >= self.limit:
                del self.store[next(iter(self.store))]
            self.store[key] = load(key)
        return self.store[key]


class AccountRepository:
    def __init__(self, cache_store={}):  # expect: HL101 confirmed
        self.cache = ReadThroughCache(cache_store)

    def _load(self, account_id):
        return {"id": account_id, "tier": "gold" if account_id.endswith("7") else "basic"}

    def find(self, account_id):
        return self.cache.get(account_id, self._load)


class AccountService:
    def __init__(self):
        self.repository = AccountRepository()

    def tier_of(self, account_id):
        return self.repository.find(account_id)["tier"]


def scenario():
    return AccountService().tier_of(f"acct-{next(_ids):08d}")
