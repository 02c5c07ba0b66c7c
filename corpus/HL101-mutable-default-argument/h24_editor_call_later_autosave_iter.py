"""Editor autosave: edits mark documents dirty; a timer saves them shortly after."""
import asyncio
import itertools

_saved = {}


def _save_dirty(dirty, done):
    count = 0
    for doc_id in list(dirty):
        _saved[doc_id[:3]] = len(dirty[doc_id])
        count += 1
    done.set_result(count)


def mark_dirty(doc_id, text, loop, done, _dirty={}):  # expect: HL101 confirmed
    _dirty[doc_id] = text
    loop.call_later(0, _save_dirty, _dirty, done)


async def edit(doc_id, text):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    mark_dirty(doc_id, text, loop, done)
    return await done


_loop = asyncio.new_event_loop()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    return _loop.run_until_complete(edit(f"doc{n}", f"draft {n} " * 3))
