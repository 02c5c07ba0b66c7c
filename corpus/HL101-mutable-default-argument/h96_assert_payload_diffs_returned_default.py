"""Snapshot-test helper: diff_payload() walks expected and actual API payloads collecting readable differences; assert_payload() ignores volatile keys."""
import itertools

VOLATILE = ("updated_at", "request_id")


def diff_payload(expected, actual, path="$", diffs=[]):  # expect: HL101 confirmed
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(expected.keys() | actual.keys()):
            diff_payload(expected.get(key), actual.get(key), f"{path}.{key}", diffs)
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for i, (want, got) in enumerate(zip(expected, actual)):
            diff_payload(want, got, f"{path}[{i}]", diffs)
    elif expected != actual:
        diffs.append(f"{path}: expected {expected!r}, got {actual!r}")
    return diffs


def assert_payload(expected, actual):
    real = [d for d in diff_payload(expected, actual) if not d.split(":")[0].endswith(VOLATILE)]
    assert not real, "\n".join(real)


_tests = itertools.count()


def scenario():
    n = next(_tests)
    expected = {"id": n, "tags": ["a", "b"], "meta": {"request_id": "<any>", "updated_at": None}}
    actual = {"id": n, "tags": ["a", "b"], "meta": {"request_id": f"req-{n}", "updated_at": f"2024-01-{n % 28 + 1:02d}"}}
    assert_payload(expected, actual)
