"""Optional pipeline steps added by the upload handler."""


def with_batch_stamp(pipe, batch_id):
    def stamp(record):
        return {**record, "batch": batch_id}

    pipe.steps = list(pipe.steps) + [stamp]
    return pipe
