"""Runs each request on its own worker thread and closes what the handler deferred."""
import threading

import webapp.context as context


def _work(handler, request, responses):
    state = context.state
    state.user = request.get("user")
    state.request_id = request["id"]
    try:
        responses.append(handler(request))
    finally:
        for callback in state.on_close:
            callback()


def serve(handler, request):
    responses = []
    worker = threading.Thread(target=_work, args=(handler, request, responses), name=f"req-{request['id']}")
    worker.start()
    worker.join()
    return responses[0]
