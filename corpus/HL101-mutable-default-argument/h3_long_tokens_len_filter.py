"""Spam filter: remembers every token longer than three characters."""
import itertools


def learn_token(token, long_tokens=[]):  # expect: HL101 confirmed
    if len(token) > 3:
        long_tokens.append(token)
    return len(long_tokens)


_tokens = itertools.count()


def scenario():
    n = next(_tokens)
    learn_token(f"w{n % 10000:04d}")
