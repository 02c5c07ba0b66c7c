import itertools

from relay import Server

_seq = itertools.count(1)
server = Server()


def scenario():
    n = next(_seq)
    batch = [
        {"topic": "order.created", "body": {"id": "o-%d" % n, "sku": "ab-1", "qty": 2}},
        {"topic": "order.created", "body": {"id": "o-%d-b" % n, "sku": "cd-2", "qty": 0}},
        {"topic": "ping", "body": {"seq": n}},
    ]
    results = server.run_batch(batch)
    assert results[0] == "accepted" and results[1].startswith("rejected"), results
