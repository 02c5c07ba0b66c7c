"""Voice uplink: PCM chunks are packed into an array('h') default; the buffer is emptied after the loop on the end-of-stream path, and in the for-loop's else."""
import itertools
import zlib
from array import array

END_OF_STREAM = None


def pack_utterance(chunks, pcm=array("h")):  # expect: HL101 refuted
    for chunk in chunks:
        if chunk is END_OF_STREAM:
            break
        if not chunk:
            continue
        pcm.extend(chunk)
    else:
        del pcm[:]
        return None
    payload = pcm.tobytes()
    del pcm[:]
    return zlib.crc32(payload), len(payload) // pcm.itemsize


_utterances = itertools.count()


def scenario():
    n = next(_utterances)
    chunks = [[(n + i) % 2000 - 1000 for i in range(j, j + 40)] for j in range(0, 160, 40)]
    return pack_utterance([chunks[0], [], *chunks[1:], END_OF_STREAM])
