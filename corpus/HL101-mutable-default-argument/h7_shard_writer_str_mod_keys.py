"""Log shipper: buffered bytes per shard; the shard name is str(n % 3) and each shard holds only its latest batch."""
import itertools


def buffer_batch(seq, lines, shards={}):  # expect: HL101 refuted
    shard = str(seq % 3)
    shards[shard] = "\n".join(lines).encode()
    return shard, sum(len(b) for b in shards.values())


_batches = itertools.count()


def scenario():
    n = next(_batches)
    buffer_batch(n, [f"{n} GET /x/{n} 200", f"{n} POST /y/{n} 201"])
