"""Websocket presence service: Join/Leave frames are dispatched with isinstance
to keep room membership; the last member leaving pops the room's entry."""
import asyncio
import itertools
from dataclasses import dataclass

_sessions = itertools.count()


@dataclass(frozen=True)
class Frame:
    room: str
    user: str


class Join(Frame): pass
class Leave(Frame): pass


async def dispatch(frame, outbox, rooms={}):  # expect: HL101 refuted
    if isinstance(frame, Join):
        members = rooms.setdefault(frame.room, set())
        outbox.extend(f"{user} <- {frame.user} joined" for user in sorted(members))
        members.add(frame.user)
    elif isinstance(frame, Leave):
        members = rooms.get(frame.room, set())
        members.discard(frame.user)
        if not members:
            rooms.pop(frame.room, None)


async def session(n):
    room, alice, bob, outbox = f"room-{n}", f"alice{n}", f"bob{n}", []
    for frame in (Join(room, alice), Join(room, bob), Leave(room, alice), Leave(room, bob)):
        await dispatch(frame, outbox)
    return outbox


def scenario():
    return asyncio.run(session(next(_sessions)))
