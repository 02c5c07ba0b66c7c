"""Feed follower: `tail()` yields the lines of a feed beyond the offset it
remembers for that feed in a dict default, advancing the stored offset as
each line is handed out (a feed shorter than its offset was rotated and is
read from the start). The collector only follows four shard feeds, so the
default holds at most four keys whose small offsets are just overwritten."""
import itertools

_uploads = itertools.count()


def tail(feed, lines, offsets={}):  # expect: HL101 refuted
    start = offsets.get(feed, 0)
    if start >= len(lines):
        start = 0
    for pos in range(start, len(lines)):
        offsets[feed] = pos + 1
        yield lines[pos]


def scenario():
    n = next(_uploads)
    feed = "ingest/shards/shard-%02d/events.log" % (n % 4)
    lines = ["%s line %d" % (feed, n * 5 + i) for i in range(5)]
    return list(itertools.islice(tail(feed, lines), 3))
