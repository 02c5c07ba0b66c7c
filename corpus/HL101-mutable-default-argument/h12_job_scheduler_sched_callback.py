"""Jobs: due reminders are queued through sched.scheduler, which is handed the default list's append as the action."""
import itertools
import sched


def run_due(jobs, done=[]):  # expect: HL101 unknown
    s = sched.scheduler(timefunc=lambda: 0.0, delayfunc=lambda _: None)
    for priority, job in enumerate(jobs):
        s.enter(0, priority, done.append, (job,))
    s.run()
    return done[-len(jobs):] if jobs else []


def send_reminders(user_id):
    jobs = [f"email:{user_id}", f"sms:{user_id}"]
    return len(run_due(jobs))


_users = itertools.count()


def scenario():
    return send_reminders(next(_users))
