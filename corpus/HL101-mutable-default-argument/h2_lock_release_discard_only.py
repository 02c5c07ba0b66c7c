"""Lock manager: release() only discards from the default set of held lock names."""
import itertools


def release(lock_name, held=set()):  # expect: HL101 refuted
    was_held = lock_name in held
    held.discard(lock_name)
    return was_held


def finish_task(task_id):
    released = release(f"task:{task_id}")
    return "released" if released else "not held"


_tasks = itertools.count()


def scenario():
    finish_task(next(_tasks))
