"""Nightly report job: export this run's rows, then compact its shard."""
import tasks

SHARDS = 4


def nightly(run_no):
    rows = [run_no * 3 + i for i in range(4)]
    batch = f"batch-{run_no % SHARDS}"
    exported = tasks.export_rows(batch, rows)
    compacted = tasks.compact(f"shard-{run_no % SHARDS}", rows)
    return {"run": run_no, "exported": len(exported), "compacted": len(compacted)}
