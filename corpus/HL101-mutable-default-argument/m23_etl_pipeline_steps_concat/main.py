"""Ingestion endpoint: every uploaded batch runs through a pipeline."""
import itertools

from etl import *
import plugins as plg

_batches = itertools.count()


def scenario():
    n = next(_batches)
    pipe = build_pipeline(f"s3://raw/upload-{n}.jsonl")
    pipe = plg.with_batch_stamp(pipe, f"batch-{n}")
    return pipe.run({"id": n, "amount": n % 97})
