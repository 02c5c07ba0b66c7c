import sched


class VirtualClock:
    """Simulated time: sleeping only advances the clock."""

    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


CLOCK = VirtualClock()
SCHEDULER = sched.scheduler(CLOCK.time, CLOCK.sleep)


def after(delay, action, *args):
    return SCHEDULER.enter(delay, 1, action, args)


def run_due():
    SCHEDULER.run()
