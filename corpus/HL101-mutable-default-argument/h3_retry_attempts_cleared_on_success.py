"""Upload client: retries a flaky send, logging attempts, cleared once it succeeds."""
import itertools


def send_with_retry(chunk, flaky_rounds, attempts=[]):  # expect: HL101 refuted
    while True:
        attempts.append(f"try {len(attempts) + 1} for {chunk}")
        if len(attempts) > flaky_rounds:
            done = len(attempts)
            attempts.clear()
            return done


_chunks = itertools.count()


def scenario():
    n = next(_chunks)
    send_with_retry(f"chunk-{n}", n % 3)
