"""Queue tests: check_enqueued() appends each job id to its default expected-args list before comparing."""
import itertools
import unittest

_jobs = itertools.count()


def enqueue(job_id, *extra):
    return ("enqueue", (job_id,) + extra)


class QueueTests(unittest.TestCase):
    # heaplint-todo: the case is built by `T("test_x")`, which runs unittest.TestCase.__init__, a base class constructor outside the case module that the single-module check cannot follow (heaplint: unknown)
    def check_enqueued(self, result, job_id, expected_args=[]):  # expect: HL101 confirmed
        expected_args.append(job_id)
        self.assertEqual(result[0], "enqueue")
        self.assertEqual(result[1][0], expected_args[-1])

    def test_enqueue(self):
        self.check_enqueued(enqueue("warmup"), "warmup")


def scenario():
    n = next(_jobs)
    case = QueueTests("test_enqueue")
    case.check_enqueued(enqueue(f"job-{n}", "high"), f"job-{n}")
    return case.id()
