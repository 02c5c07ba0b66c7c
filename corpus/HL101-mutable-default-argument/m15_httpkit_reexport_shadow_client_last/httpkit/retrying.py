from . import client


def send(method, url, timeout=10.0, retries=2, _attempts=[]):  # expect: HL101 refuted
    response = client.send(method, url, timeout)
    for attempt in range(retries):
        _attempts.append((url, attempt, response["status"]))
        if response["status"] < 500:
            break
        response = client.send(method, url, timeout)
    return response
