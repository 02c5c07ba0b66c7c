from .metrics import counted


@counted
def resize(job_id, width, height):
    return {"job": job_id, "size": f"{width}x{height}"}


@counted
def transcode(job_id, fmt):
    return {"job": job_id, "format": fmt}
