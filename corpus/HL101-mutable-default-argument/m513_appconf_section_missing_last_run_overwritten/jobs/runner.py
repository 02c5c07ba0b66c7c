import appconf.registry as reg


def run_job(config, job, run_id):
    attempts = reg.option(config, "retry", "attempts", 1)
    state = reg.section(config, "job:" + job)
    state["last_run"] = "%s started with %d attempts" % (run_id, attempts)
    return len(state)
