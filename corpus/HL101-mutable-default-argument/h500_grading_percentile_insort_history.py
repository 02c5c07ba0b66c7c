"""Exam grading: reports where a new score falls among the reference scores.

bisect.insort inserts into the list it is given, so every graded score is
added to the default reference list.
"""
import bisect
import decimal
import itertools

_submissions = itertools.count()


def percentile(score, reference=[decimal.Decimal(s) for s in ("35", "48.5", "55", "61", "67.5", "72", "80", "91.5")]):  # expect: HL101 confirmed
    bisect.insort(reference, score)
    rank = bisect.bisect_left(reference, score)
    return round(100.0 * rank / len(reference), 1)


def grade(student_id, points, max_points):
    score = (decimal.Decimal(points) * 100 / decimal.Decimal(max_points)).quantize(decimal.Decimal("0.01"))
    return "student-%d: %s (p%s)" % (student_id, score, percentile(score))


def scenario():
    n = next(_submissions)
    return grade(n, 40 + n % 57, 90 + n % 13)
