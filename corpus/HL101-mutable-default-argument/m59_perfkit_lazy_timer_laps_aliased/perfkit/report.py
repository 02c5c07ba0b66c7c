def summary(timer):
    steps = {}
    for step, seconds in timer.laps:
        steps[step] = round(seconds * 1000.0, 3)
    return {"label": timer.label, "ms": steps}
