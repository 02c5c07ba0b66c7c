"""Leaderboard: heapq.nlargest picks the top three orders; the podium default is overwritten in place each round."""
import heapq
import itertools
from operator import itemgetter


def update_podium(orders, podium=[]):  # expect: HL101 refuted
    podium[:] = heapq.nlargest(3, orders, key=itemgetter("total"))
    return [o["id"] for o in podium]


_rounds = itertools.count()


def scenario():
    n = next(_rounds)
    orders = [{"id": f"o{n}-{i}", "total": (n * 7 + i * 13) % 50} for i in range(6)]
    return update_podium(orders)
