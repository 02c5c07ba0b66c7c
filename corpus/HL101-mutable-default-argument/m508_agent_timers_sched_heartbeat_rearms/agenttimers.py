"""Single-threaded agent loop: `watch()` arms a heartbeat for a peer on the
default sched.scheduler (clocked by the loop's tick counter) and runs what
is due. A heartbeat re-arms itself every time it fires, so each watched
peer keeps an event in the scheduler's queue for good."""
import sched



class LoopClock:
    def __init__(self):
        self.now = 0

    def __call__(self):
        return self.now


_clock = LoopClock()


def _heartbeat(timers, peer, every):
    frame = f"PING {peer} t={_clock.now}".encode()
    timers.enter(every, 1, _heartbeat, (timers, peer, every))
    return len(frame)


def watch(peer, every=4, timers=sched.scheduler(_clock, lambda _: None)):  # expect: HL101 confirmed
    timers.enter(every, 1, _heartbeat, (timers, peer, every))
    _clock.now += 1
    timers.run(blocking=False)
    return len(timers.queue)
