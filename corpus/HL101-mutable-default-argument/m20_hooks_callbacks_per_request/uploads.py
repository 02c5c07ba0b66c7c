"""Upload service: registers a completion hook for each upload it starts."""
from hookbus import fire, register


def start_upload(upload_id, size):
    def on_done(received):
        return f"{upload_id}: {received}/{size} bytes"

    hooks = register(f"upload.done:{upload_id}", on_done)
    return fire(hooks, f"upload.done:{upload_id}", size)
