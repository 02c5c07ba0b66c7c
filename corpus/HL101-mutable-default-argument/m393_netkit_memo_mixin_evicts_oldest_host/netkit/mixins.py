class MemoMixin:
    """Memoize expensive lookups in a dict the caller owns and passes in.

    At most `memo_size` entries are kept; the oldest one makes room.
    """

    memo_size = 32

    def _memoized(self, key, compute, memo):
        try:
            return memo[key]
        except KeyError:
            pass
        if len(memo) >= self.memo_size:
            memo.pop(next(iter(memo)))
        value = memo[key] = compute(key)
        return value
