"""Single-threaded agent loop: `watch()` arms a probe for a peer on the
default sched.scheduler (clocked by the loop's tick counter) and runs what
is due. A probe fires once and is not re-armed, so the queue only holds
the probes armed in the last few ticks."""
import sched



class LoopClock:
    def __init__(self):
        self.now = 0

    def __call__(self):
        return self.now


_clock = LoopClock()


def _probe(timers, peer, every):
    frame = f"PING {peer} t={_clock.now}".encode()
    return len(frame)


def watch(peer, every=4, timers=sched.scheduler(_clock, lambda _: None)):  # expect: HL101 refuted
    timers.enter(every, 1, _probe, (timers, peer, every))
    _clock.now += 1
    timers.run(blocking=False)
    return len(timers.queue)
