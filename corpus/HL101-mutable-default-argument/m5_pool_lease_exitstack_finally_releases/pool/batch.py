from contextlib import ExitStack

from .leases import lease


def run_batch(job_id, resources, step):
    with ExitStack() as stack:
        held = [stack.enter_context(lease(name)) for name in resources]
        return step(job_id, held)
