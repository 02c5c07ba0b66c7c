"""Websocket consumer: data frames are buffered and handed to the sink on each flush frame; a close frame ends the session."""
import asyncio
import itertools


async def frames(session, count):
    for i in range(count):
        yield {"op": "data", "body": f"{session}:{i}"}
        if i == 2:
            yield {"op": "flush"}
    yield {"op": "close"}


async def consume(stream, sink, buffer=[]):  # expect: HL101 refuted
    async for frame in stream:
        if frame["op"] == "close":
            break
        if frame["op"] == "flush":
            sink.append(list(buffer))
            continue
        buffer.append(frame["body"])
    sink.append(list(buffer))
    buffer.clear()
    return len(sink)


_sessions = itertools.count()


def scenario():
    session = f"ws-{next(_sessions)}"
    return asyncio.run(consume(frames(session, 5), []))
