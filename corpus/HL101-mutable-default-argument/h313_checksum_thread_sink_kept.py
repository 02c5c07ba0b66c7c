"""Parallel checksums: digest_files() hashes each file's bytes in its own
worker thread; workers hand their digest back through the sink list given
in Thread(args=...), which digest_files() reads once all have joined."""
import hashlib
import itertools
import threading

_batches = itertools.count()


def _hash_one(name, data, sink):
    sink.append((name, hashlib.sha256(data).hexdigest()))


def digest_files(files, sink=[]):  # expect: HL101 confirmed
    workers = [threading.Thread(target=_hash_one, args=(name, data, sink)) for name, data in files.items()]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    digests = dict(sink)
    return {name: digests[name] for name in files}


def scenario():
    n = next(_batches)
    files = {f"part-{n}.bin": n.to_bytes(8, "little") * 64, f"part-{n}.idx": str(n).encode()}
    return digest_files(files)
