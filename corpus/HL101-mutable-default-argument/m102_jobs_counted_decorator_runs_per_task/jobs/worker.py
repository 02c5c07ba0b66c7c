def run(module, message):
    """Look the task up by name on the given tasks module and run it."""
    task = getattr(module, message["task"])
    return task(message["id"], *message["args"])
