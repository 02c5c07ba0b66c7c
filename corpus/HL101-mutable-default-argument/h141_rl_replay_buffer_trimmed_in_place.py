"""Reinforcement learning: each training episode gets a ReplayBuffer whose
storage list defaults to a shared []. `push()` drops the oldest transitions
in place with `del` once the capacity is exceeded, so the shared list never
holds more than `capacity` transitions, however many episodes run."""
import itertools
import random

_episodes = itertools.count()


class ReplayBuffer:
    # heaplint-todo: it flows into rng.sample(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, capacity=32, storage=[]):  # expect: HL101 refuted
        self.capacity, self.storage = capacity, storage

    @property
    def ready(self):
        return len(self.storage) >= 4

    def push(self, state, action, reward, next_state):
        self.storage.append((state, action, reward, next_state))
        if len(self.storage) > self.capacity:
            del self.storage[:-self.capacity]

    def sample(self, k, rng):
        return rng.sample(self.storage, min(k, len(self.storage)))


def scenario():
    n = next(_episodes)
    buffer, rng = ReplayBuffer(), random.Random(n)
    for step in range(4):
        buffer.push("s%d.%d" % (n, step), step % 3, float(n - step), "s%d.%d" % (n, step + 1))
    return [t[1] for t in buffer.sample(2, rng)] if buffer.ready else []
